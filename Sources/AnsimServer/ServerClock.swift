import Foundation
import Synchronization

/// Where the server reads the time: the system clock, or a manual clock in tests
/// (so lock-outs and session time-outs are tested without waiting).
public final class ServerClock: Sendable {
    private let offset = Mutex<TimeInterval>(0)
    private let fixed: Date?

    /// The system clock.
    public static let system = ServerClock(fixed: nil)

    /// A manual clock starting at `start`; move it with ``advance(by:)``.
    public static func manual(start: Date = Date(timeIntervalSince1970: 1_790_000_000)) -> ServerClock {
        ServerClock(fixed: start)
    }

    private init(fixed: Date?) { self.fixed = fixed }

    /// The current time.
    public func now() -> Date {
        (fixed ?? Date()).addingTimeInterval(offset.withLock { $0 })
    }

    /// Moves the clock forward.
    public func advance(by seconds: TimeInterval) {
        offset.withLock { $0 += seconds }
    }
}
