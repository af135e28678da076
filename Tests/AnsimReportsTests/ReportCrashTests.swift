import AnsimReports
import AnsimStore
import AnsimTestSupport
import Foundation
import Testing

/// What a killed report leaves behind: a run by hand whose process died is marked failed
/// (not `running` for ever), and a PDF killed half-way never appears under the report's name.
@Suite(.serialized)
struct ReportCrashTests {
    @Test func aRunByHandWhoseProcessDiedIsMarkedFailed() throws {
        let (name, c) = try TestDatabase.migratedScratch("report_crash")
        defer { TestDatabase.dropScratch(name) }
        let request = ReportRequest(
            area: "시험구", period: try ReportPeriod("2023-W14", kind: .weekly),
            outDir: "/tmp/ansim-report-crash")
        var dying: Connection? = try Connection(TestDatabase.settings(), database: name)
        let killed = try ReportHistory.begin(request, on: dying!)
        let alive = try ReportHistory.begin(request, on: c)
        dying = nil  // its session ends, as a killed process's does
        var entries: [ReportHistory.Entry] = []
        for _ in 0..<100 {  // the server drops the session from pg_stat_activity shortly after
            entries = try ReportHistory.list(on: c)
            if entries.first(where: { $0.id == killed })?.status == "failed" { break }
            Thread.sleep(forTimeInterval: 0.1)
        }
        let k = try #require(entries.first { $0.id == killed })
        #expect(k.status == "failed")
        #expect(k.error == ReportHistory.interruptedError)
        #expect(entries.first { $0.id == alive }?.status == "running")
        #expect(try ReportHistory.failInterrupted(on: c) == 0)
    }

    @Test func aPDFKilledHalfWayNeverAppearsUnderTheReportsName() throws {
        let folder = ReportFixture.folder("pdf-crash")
        let (html, pdf) = (folder + "/report.html", folder + "/report.pdf")
        try "<html><body>보고서</body></html>".write(toFile: html, atomically: true, encoding: .utf8)
        let earlier = "%PDF-1.7 the earlier report, whole\n"
        try earlier.write(toFile: pdf, atomically: true, encoding: .utf8)
        func tool(_ name: String, _ body: String) throws -> String {
            let path = folder + "/" + name
            try ("#!/bin/sh\nfor out; do :; done\n" + body).write(
                toFile: path, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
            return path
        }
        // Writes half a PDF to its output (the last argument), then dies by SIGKILL.
        let killed = try tool("weasyprint-killed", "printf '%%PDF-1.7 half' > \"$out\"\nkill -9 $$\n")
        #expect(throws: (any Error).self) { try ReportPDF.write(html: html, pdf: pdf, tool: killed) }
        #expect(try String(contentsOfFile: pdf, encoding: .utf8) == earlier)
        let ok = try tool("weasyprint-ok", "printf '%%PDF-1.7 new' > \"$out\"\n")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
                == ["report.html", "report.pdf", "weasyprint-killed", "weasyprint-ok"])
        try ReportPDF.write(html: html, pdf: pdf, tool: ok)
        #expect(try String(contentsOfFile: pdf, encoding: .utf8) == "%PDF-1.7 new")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
                == ["report.html", "report.pdf", "weasyprint-killed", "weasyprint-ok"])
    }
}
