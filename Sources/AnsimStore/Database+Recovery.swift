import Foundation

extension Database {
    /// What PostgreSQL answers while it is up but not accepting connections yet (SQLSTATE
    /// 57P03): starting, or replaying its WAL after a crash — which it does by itself, in
    /// place, when a backend was killed (`kill -9`) or crashed.
    static let notYetAcceptingMessages = [
        "the database system is starting up", "the database system is in recovery mode",
        "the database system is not yet accepting connections",
    ]

    /// Whether `error` is a server's refusal while it starts or recovers (worth waiting for).
    public static func isNotYetAccepting(_ error: any Error) -> Bool {
        let text = "\(error)"
        return notYetAcceptingMessages.contains { text.contains($0) }
    }

    /// Connects, waiting up to `patience` seconds while the server finishes its start or
    /// crash recovery, so that a command issued just after a crash waits for the recovery
    /// instead of failing.
    static func connectWaitingForRecovery(_ settings: ConnectionSettings, patience: TimeInterval = 120) throws
        -> Connection
    {
        let deadline = Date().addingTimeInterval(patience)
        while true {
            do {
                return try Connection(settings)
            } catch  where isNotYetAccepting(error) && Date() < deadline {
                Thread.sleep(forTimeInterval: 0.2)
            }
        }
    }
}
