import AnsimStore
import Foundation

/// Runs queries on a sharded coordinator and turns "shard unreachable" failures into
/// ``ShardUnavailable`` naming the shard and its agencies.
///
/// The coordinator routes by itself (partition pruning on `agency`): a query that names
/// one agency touches only that agency's shard and keeps working while another shard
/// is down; a query over every agency needs every shard. The router only interprets
/// failures: postgres_fdw reports `could not connect to server "shard_b"` (SQLSTATE
/// class 08), which says nothing about agencies.
public struct ShardRouter: Sendable {
    public let connection: Connection
    /// The placements read when the router was made.
    public let placements: [ShardPlacement]

    public init(connection: Connection) throws {
        self.connection = connection
        self.placements = try ShardPlacement.load(on: connection)
    }

    /// The shard that holds `agency`'s events, if the database is sharded and knows it.
    public func placement(of agency: String) -> ShardPlacement? {
        placements.first { $0.agency == agency }
    }

    /// Runs `sql` (which should filter on `agency = …` when `agency` is given).
    @discardableResult
    public func query(
        _ sql: String, _ parameters: [any PostgresEncodable] = [], agency: String?, purpose: String
    ) throws -> QueryResult {
        do {
            return try connection.query(sql, parameters, purpose: purpose)
        } catch let error as StoreError {
            if let shardError = unavailable(error, agency: agency) { throw shardError }
            throw error
        }
    }

    /// The ``ShardUnavailable`` an error means, or nil when it is not a shard failure.
    public func unavailable(_ error: StoreError, agency: String?) -> ShardUnavailable? {
        let isConnection = error.sqlState?.hasPrefix("08") == true
        guard
            let named = Self.serverName(in: error.message)
                ?? (isConnection ? placement(of: agency ?? "")?.shard : nil)
        else { return nil }
        guard isConnection || error.message.contains("connect") else { return nil }
        let held = placements.filter { $0.shard == named }.map(\.agency)
        let first = agency.map { a in held.contains(a) ? [a] + held.filter { $0 != a } : held } ?? held
        return ShardUnavailable(
            shard: named, host: placements.first { $0.shard == named }?.host, agencies: first,
            requestedAgency: agency.flatMap { held.contains($0) ? $0 : nil }, underlying: error)
    }

    /// The server in postgres_fdw's `could not connect to server "NAME"`.
    static func serverName(in message: String) -> String? {
        guard let start = message.range(of: "server \"") else { return nil }
        let rest = message[start.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }
}
