import AnsimSupport
import Foundation

/// The folder a report is written to; each file is written whole (temporary file, then rename).
struct ReportFiles {
    let directory: String

    init(directory: String) {
        self.directory = (directory as NSString).standardizingPath
    }

    func prepare() throws {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw AnsimError("cannot create the report folder \(directory): \(error.localizedDescription)")
        }
    }

    func path(_ name: String) -> String { directory + "/" + name }

    func write(_ text: String, to name: String) throws {
        let url = URL(fileURLWithPath: path(name))
        do {
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            throw AnsimError("cannot write \(url.path): \(error.localizedDescription)")
        }
    }
}
