import AnsimSupport
import Foundation

/// Turns the report's HTML (with its SVG images) into an A4 PDF with WeasyPrint
/// (Debian `weasyprint`; Korean text needs `fonts-noto-cjk`). `ANSIM_WEASYPRINT` names
/// another executable.
public enum ReportPDF {
    /// The WeasyPrint executable, or nil when it is not installed.
    public static func executable(environment: [String: String] = ProcessInfo.processInfo.environment)
        -> String?
    {
        if let given = environment["ANSIM_WEASYPRINT"], !given.isEmpty { return given }
        return Subprocess.which("weasyprint")
    }

    /// Writes `pdf` from `html` (relative image paths resolve against the HTML's folder).
    /// Relative `html` and `pdf` paths are taken from the current folder, not the HTML's
    /// folder WeasyPrint runs in.
    ///
    /// WeasyPrint writes a hidden temporary file beside `pdf` (`.report.pdf.PID.partial.pdf`), renamed to `pdf` only when it
    /// succeeded: a PDF killed half-way (the report process or WeasyPrint itself) never
    /// appears under the report's name, and an earlier `pdf` stays whole until replaced.
    /// `tool` names the executable (default ``executable(environment:)``).
    public static func write(html: String, pdf: String, tool: String? = nil) throws {
        let html = URL(fileURLWithPath: html).standardizedFileURL.path
        let pdf = URL(fileURLWithPath: pdf).standardizedFileURL.path
        guard let tool = tool ?? executable() else {
            throw AnsimError(
                "cannot write the PDF: weasyprint is not installed (apt-get install weasyprint fonts-noto-cjk, "
                    + "or scripts/setup.sh); use --no-pdf to skip it")
        }
        let folder = (html as NSString).deletingLastPathComponent
        let partial =
            (pdf as NSString).deletingLastPathComponent + "/." + (pdf as NSString).lastPathComponent
            + ".\(ProcessInfo.processInfo.processIdentifier).partial.pdf"
        defer { try? FileManager.default.removeItem(atPath: partial) }
        let result = try Subprocess.run(
            tool, ["--quiet", "--media-type", "print", html, partial],
            directory: folder.isEmpty ? "." : folder)
        guard result.status == 0, FileManager.default.fileExists(atPath: partial) else {
            throw AnsimError("weasyprint failed (status \(result.status)): \(result.errorLine)")
        }
        guard rename(partial, pdf) == 0 else {
            throw AnsimError("cannot move the PDF to \(pdf): \(String(cString: strerror(errno)))")
        }
    }
}
