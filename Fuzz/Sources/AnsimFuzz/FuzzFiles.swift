import Foundation

/// A private scratch folder for the targets whose parsers read files (CSV, GeoJSON,
/// shapefiles): each input is written to fresh file names and removed afterwards.
enum FuzzFiles {
    /// The scratch folder, made once per process under `TMPDIR` and removed at exit.
    static let folder: String = {
        let base = ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp"
        let path = "\(base)/ansim-fuzz-\(getpid())"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: FuzzFiles.folder) }
        return path
    }()

    /// A counter that keeps file names of successive inputs apart (GDAL may cache by name).
    nonisolated(unsafe) private static var serial = 0

    /// Writes `parts` (extension → bytes) as `<stem>.<extension>` files and calls `body`
    /// with the stem's path; the files are deleted when it returns.
    static func with(_ parts: [(String, [UInt8])], _ body: (String) -> Void) {
        serial += 1
        let stem = "\(folder)/in\(serial)"
        for (ext, bytes) in parts {
            FileManager.default.createFile(atPath: "\(stem).\(ext)", contents: Data(bytes))
        }
        defer {
            for (ext, _) in parts { unlink("\(stem).\(ext)") }
        }
        body(stem)
    }
}
