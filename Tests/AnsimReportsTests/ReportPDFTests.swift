import AnsimReports
import AnsimSupport
import AnsimTestSupport
import Foundation
import Testing

/// The PDF (WeasyPrint) is A4 and carries the Korean text, checked with pdftotext and pdfinfo.
@Suite(.serialized)
struct ReportPDFTests {
    @Test func pdfHasTheKoreanText() throws {
        let (name, c) = try ReportFixture.database("report_pdf")
        defer { TestDatabase.dropScratch(name) }
        var request = ReportRequest(
            area: "시험경찰서", period: try ReportPeriod("2023-W14", kind: .weekly),
            outDir: ReportFixture.folder("pdf"))
        request.pdf = true
        let output = try ReportBuilder.build(request, reportRunID: 7, on: c)
        let pdf = try #require(output.pdf)
        let pdftotext = try #require(Subprocess.which("pdftotext"), "pdftotext (poppler-utils) is needed")
        let text = try Subprocess.run(pdftotext, ["-layout", pdf, "-"]).output
        #expect(text.contains("시험경찰서 주간 치안 분석 보고서"))
        #expect(text.contains("합성 데이터 (SYNTHETIC)"))
        #expect(text.contains("범죄 발생") && text.contains("절도") && text.contains("폭력"))
        #expect(text.contains("analytics_run \(output.figures.hotspot!.runID)"))
        #expect(text.contains("report_run 7"))
        let info = try Subprocess.run(try #require(Subprocess.which("pdfinfo")), [pdf]).output
        #expect(info.contains("595.276 x 841.89 pts (A4)") || info.contains("(A4)"))
        let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.map {
            $0.split(separator: " ").last!
        }
        #expect(Int(pages ?? "0")! >= 2)
        // Korean glyphs come from a CJK font embedded in the PDF.
        let fonts = try Subprocess.run(try #require(Subprocess.which("pdffonts")), [pdf]).output
        #expect(fonts.contains("CJK"))
    }

    /// `ansim report run --out data/generated/…` (as `make demo` calls it) names a folder
    /// relative to the current one, while WeasyPrint runs in the report's folder.
    @Test func pdfFromPathsRelativeToTheCurrentFolder() throws {
        // A folder inside the current one (ignored by git: `.ansim-*/`).
        let relative = ".ansim-report-relative-\(getpid())"
        let folder = FileManager.default.currentDirectoryPath + "/" + relative
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "<html><body><p>상대 경로</p></body></html>".write(
            toFile: folder + "/r.html", atomically: true, encoding: .utf8)
        try ReportPDF.write(html: relative + "/r.html", pdf: relative + "/r.pdf")
        #expect(FileManager.default.fileExists(atPath: folder + "/r.pdf"))
    }
}
