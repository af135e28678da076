import AnsimSupport
import Foundation

/// Opens Ansim's database the way every command does.
public enum Database {
    /// Connects to the configured database.
    ///
    /// For the embedded cluster this starts it when needed and applies pending
    /// migrations; for an existing server it refuses to run against an outdated
    /// schema and asks for `ansim db migrate` instead (schema changes on a shared
    /// server are an explicit step).
    public static func connect(
        _ settings: ConnectionSettings? = nil, migrate: Bool = true,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> Connection {
        let settings = try settings ?? ConnectionSettings.resolve(environment: environment)
        if case .embedded(let cluster) = settings {
            try cluster.ensureRunning()
        }
        let connection = try connectWaitingForRecovery(settings)
        guard migrate else { return connection }
        let migrator = try Migrator(directory: Migration.locateDirectory(environment: environment))
        if case .embedded = settings {
            try migrator.migrate(on: connection)
        } else {
            let pending = try migrator.pending(on: connection)
            if !pending.isEmpty {
                throw AnsimError(
                    "\(pending.count) migration(s) pending on \(settings.redacted) "
                        + "(first: \(pending[0].name)); run `ansim db migrate`")
            }
        }
        return connection
    }
}
