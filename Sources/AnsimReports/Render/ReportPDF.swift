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
    public static func write(html: String, pdf: String) throws {
        let html = URL(fileURLWithPath: html).standardizedFileURL.path
        let pdf = URL(fileURLWithPath: pdf).standardizedFileURL.path
        guard let tool = executable() else {
            throw AnsimError(
                "cannot write the PDF: weasyprint is not installed (apt-get install weasyprint fonts-noto-cjk, "
                    + "or scripts/setup.sh); use --no-pdf to skip it")
        }
        let folder = (html as NSString).deletingLastPathComponent
        let result = try Subprocess.run(
            tool, ["--quiet", "--media-type", "print", html, pdf], directory: folder.isEmpty ? "." : folder)
        guard result.status == 0, FileManager.default.fileExists(atPath: pdf) else {
            throw AnsimError("weasyprint failed (status \(result.status)): \(result.errorLine)")
        }
    }
}
