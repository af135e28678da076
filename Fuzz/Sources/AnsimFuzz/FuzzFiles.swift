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
        for (ext, bytes) in parts { write(bytes, to: "\(stem).\(ext)") }
        defer {
            for (ext, _) in parts { unlink("\(stem).\(ext)") }
        }
        body(stem)
    }

    /// Writes `bytes` with plain POSIX calls: `FileManager.createFile` writes atomically,
    /// with an fsync and a rename, which cost more than most parses.
    private static func write(_ bytes: [UInt8], to path: String) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else { return }
        defer { close(fd) }
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
            guard n > 0 else { return }
            written += n
        }
    }
}
