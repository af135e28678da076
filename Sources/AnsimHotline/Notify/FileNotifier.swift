import Foundation
import Synchronization

/// Appends each alert as one JSON line to a file (for a log shipper or a desk display).
public final class FileNotifier: AlertNotifier {
    /// The file alerts are appended to.
    public let path: String
    private let lock = Mutex(())

    /// A notifier appending to `path` (created when missing, mode 0600).
    public init(path: String) { self.path = path }

    public func deliver(_ alerts: [GeofenceAlert]) async throws {
        guard !alerts.isEmpty else { return }
        let encoder = AlertJSON.encoder()
        var data = Data()
        for a in alerts {
            data.append(try encoder.encode(a))
            data.append(0x0a)
        }
        try lock.withLock { _ in
            if !FileManager.default.fileExists(atPath: path) {
                guard
                    FileManager.default.createFile(
                        atPath: path, contents: nil, attributes: [.posixPermissions: 0o600])
                else { throw NotifierError(message: "cannot create \(path)") }
            }
            guard let handle = FileHandle(forWritingAtPath: path) else {
                throw NotifierError(message: "cannot open \(path) for appending")
            }
            defer { try? handle.close() }
            try handle.seekToEnd()
            try handle.write(contentsOf: data)
        }
    }
}
