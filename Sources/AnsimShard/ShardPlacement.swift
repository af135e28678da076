import AnsimStore
import Foundation

/// Where one agency's events live when the database is a sharded coordinator
/// (docs/SCALE.md, "Operational store"): the postgres_fdw server (shard) that holds
/// the agency's partitions of `incident` and `call_112`.
///
/// Read from the coordinator's `shard_placement` view (sql/shard/coordinator.sql),
/// which derives it from the partition tree itself, so it cannot drift from what the
/// planner routes.
public struct ShardPlacement: Sendable, Equatable, Hashable {
    /// The agency code (`agency.code`), the LIST partition key.
    public var agency: String
    /// The foreign server's name on the coordinator (e.g. `shard_a`).
    public var shard: String
    /// The shard's host: a Unix socket folder in the simulation.
    public var host: String?
    /// The event tables the agency has on that shard.
    public var eventTables: [String]

    public init(agency: String, shard: String, host: String?, eventTables: [String]) {
        self.agency = agency
        self.shard = shard
        self.host = host
        self.eventTables = eventTables
    }

    /// The placements of every agency, ordered by agency; empty on an unsharded database.
    public static func load(on connection: Connection) throws -> [ShardPlacement] {
        let exists = try connection.query(
            "SELECT to_regclass('shard_placement') IS NOT NULL", purpose: "look for the shard placement view")
        guard try exists.first?.decode(Bool.self, at: 0) == true else { return [] }
        let rows = try connection.query(
            """
            SELECT agency, shard, min(host), array_agg(DISTINCT event_table ORDER BY event_table)::text
              FROM shard_placement GROUP BY agency, shard ORDER BY agency, shard
            """, purpose: "read the shard placements")
        return try rows.map { row in
            let tables = try row.decode(String.self, at: 3)
                .trimmingCharacters(in: CharacterSet(charactersIn: "{}"))
                .split(separator: ",").map(String.init)
            return ShardPlacement(
                agency: try row.decode(String.self, at: 0), shard: try row.decode(String.self, at: 1),
                host: try row.decode(String?.self, at: 2), eventTables: tables)
        }
    }
}
