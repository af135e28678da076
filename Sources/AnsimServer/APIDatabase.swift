import AnsimStore
import AnsimSupport
import Foundation

/// The server's database access: a pool of connections that act as the server's own
/// least-privilege login (`ansim_api`), and one transaction per request that runs as
/// the requester's database role.
///
/// Every scope begins `SET SESSION AUTHORIZATION ansim_api` (a no-op when the pool
/// already logs in as ansim_api; on the embedded cluster, whose only password-less
/// login is the superuser, it drops the superuser for the session), then `BEGIN`,
/// `SET LOCAL ROLE <role>` and transaction-local settings that row-level security and
/// the audit trail read: `ansim.user`, `ansim.org_id`, `ansim.client`, `ansim.purpose`.
/// `COMMIT` or `ROLLBACK` ends the role with the transaction.
public final class APIDatabase: Sendable {
    /// The pool the scopes borrow from.
    public let pool: ConnectionPool

    /// A database over `settings` with at most `maximumConnections` open.
    public init(settings: ConnectionSettings, maximumConnections: Int = 8) {
        pool = ConnectionPool(settings: settings, maximumConnections: maximumConnections)
    }

    /// The settings the server should use: `ANSIM_API_DATABASE_URL` (a login of
    /// ansim_api) when set, else the ordinary ones (`DATABASE_URL`, `PG*`, embedded).
    public static func settings(environment: [String: String] = ProcessInfo.processInfo.environment) throws
        -> ConnectionSettings
    {
        if let url = environment["ANSIM_API_DATABASE_URL"], !url.isEmpty { return .url(url) }
        return try ConnectionSettings.resolve(environment: environment)
    }

    /// Runs `body` in one transaction as `principal`'s database role.
    public func withScope<T: Sendable>(
        _ principal: Principal, client: String, purpose: String,
        _ body: @escaping @Sendable (Connection) throws -> T
    ) async throws -> T {
        try await run(
            role: principal.role.databaseRole,
            settings: [
                ("ansim.user", principal.username), ("ansim.org_id", String(principal.orgID)),
                ("ansim.client", client), ("ansim.purpose", purpose),
            ], purpose: purpose, body)
    }

    /// Runs `body` as a system role (`ansim_auth` for log-ins, `ansim_monitor` for the
    /// geofence and recurrence jobs), named as `actor` in the audit trail.
    public func withSystemScope<T: Sendable>(
        role: String, actor: String, client: String = "local", purpose: String,
        _ body: @escaping @Sendable (Connection) throws -> T
    ) async throws -> T {
        precondition(["ansim_auth", "ansim_monitor"].contains(role), "not a system role: \(role)")
        return try await run(
            role: role,
            settings: [
                ("ansim.user", actor), ("ansim.org_id", ""), ("ansim.client", client),
                ("ansim.purpose", purpose),
            ],
            purpose: purpose, body)
    }

    private func run<T: Sendable>(
        role: String, settings: [(String, String)], purpose: String,
        _ body: @escaping @Sendable (Connection) throws -> T
    ) async throws -> T {
        let settings = settings
        return try await pool.withConnection { connection in
            try await Self.offload {
                try Self.transaction(connection, role: role, settings: settings, purpose: purpose, body)
            }
        }
    }

    /// The scope's transaction on one connection (also used by the CLI directly).
    public static func transaction<T>(
        _ connection: Connection, role: String, settings: [(String, String)], purpose: String,
        _ body: (Connection) throws -> T
    ) throws -> T {
        guard role.allSatisfy({ $0.isLetter || $0 == "_" }) else { throw AnsimError("bad role name \(role)") }
        try connection.executeScript(
            "SET SESSION AUTHORIZATION ansim_api; BEGIN; SET LOCAL ROLE \(role)",
            purpose: "begin a request as \(role): \(purpose)")
        do {
            if !settings.isEmpty {
                // One prepared statement sets them all: one round trip, planned once.
                let calls = (0..<settings.count).map { "set_config($\(2 * $0 + 1), $\(2 * $0 + 2), true)" }
                try connection.preparedQuery(
                    "SELECT " + calls.joined(separator: ", "), settings.flatMap { [$0.0, $0.1] },
                    purpose: "set \(settings.map(\.0).joined(separator: ", "))")
            }
            let value = try body(connection)
            try connection.executeScript("COMMIT", purpose: "commit: \(purpose)")
            return value
        } catch {
            try? connection.executeScript("ROLLBACK", purpose: "roll back: \(purpose)")
            throw error
        }
    }

    /// Runs blocking libpq work off the cooperative thread pool.
    static func offload<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try work() })
            }
        }
    }
}
