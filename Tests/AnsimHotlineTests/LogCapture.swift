import Foundation
import Logging
import Synchronization

/// Collects every log line (message and metadata) for tests that check what is logged.
final class LogCapture: Sendable {
    private let lines = Mutex<[String]>([])

    /// Everything logged so far.
    var text: String { lines.withLock { $0.joined(separator: "\n") } }

    func handler(_ label: String) -> any LogHandler { Handler(capture: self) }

    struct Handler: LogHandler {
        let capture: LogCapture
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace
        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }
        func log(event: LogEvent) {
            let all = metadata.merging(event.metadata ?? [:]) { $1 }
            capture.lines.withLock {
                $0.append(
                    "\(event.level) \(event.message) \(all.map { "\($0)=\($1)" }.sorted().joined(separator: " "))"
                )
            }
        }
    }
}
