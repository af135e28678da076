import AnsimRouting
import AnsimStore
import AnsimSupport
import Foundation

/// Road graphs in PostGIS: `road_graph`, `road_vertex` and `road_edge` (sql/004_roads.sql),
/// whose edge table pgRouting reads as is. Vertex and edge ids are 1-based positions in
/// the ``RoadNetwork`` arrays.
public enum RoadGraphStore {
    /// What ``save(_:name:format:file:sha256:params:on:)`` did.
    public enum Outcome: String, Sendable {
        /// A new graph.
        case created
        /// The graph of that name was replaced (same id).
        case replaced
        /// The graph of that name was built from the same file the same way: nothing written.
        case unchanged
    }

    /// A stored graph's row.
    public struct GraphInfo: Sendable {
        public var id: Int
        public var name: String
        public var source: String
        public var sourceFile: String
        public var createdAt: String
    }

    /// Stores `network` as graph `name`, replacing a graph of that name unless it was built
    /// from a file with the same SHA-256 and the same `params` (then nothing changes).
    @discardableResult
    public static func save(
        _ network: RoadNetwork, name: String, format: RoadFormat, file: String, sha256: String,
        params: String, on connection: Connection
    ) throws -> (id: Int, outcome: Outcome) {
        try connection.transaction(purpose: "store road graph \(name)") { c in
            let existing = try c.query(
                """
                SELECT id, source_sha256 = $2 AND params = $3::jsonb AND source = $4 FROM road_graph
                WHERE name = $1 FOR UPDATE
                """, [name, sha256, params, format.rawValue], purpose: "find road graph \(name)")
            let id: Int
            let outcome: Outcome
            if let row = existing.first {
                id = try row.decode(Int.self, at: 0)
                if try row.decode(Bool.self, at: 1) { return (id, .unchanged) }
                try c.execute(
                    "DELETE FROM road_vertex WHERE graph_id = $1", [id], purpose: "clear road graph")
                try c.execute(
                    """
                    UPDATE road_graph SET source = $2, source_file = $3, source_sha256 = $4, params = $5::jsonb,
                      created_at = now() WHERE id = $1
                    """, [id, format.rawValue, file, sha256, params], purpose: "update road graph")
                outcome = .replaced
            } else {
                id = try c.query(
                    """
                    INSERT INTO road_graph (name, source, source_file, source_sha256, params)
                    VALUES ($1, $2, $3, $4, $5::jsonb) RETURNING id
                    """, [name, format.rawValue, file, sha256, params], purpose: "create road graph"
                )[0].decode(Int.self, at: 0)
                outcome = .created
            }
            try write(network, graph: id, on: c)
            return (id, outcome)
        }
    }

    /// COPYs the vertices and edges of `network` into graph `id`.
    static func write(_ network: RoadNetwork, graph id: Int, on c: Connection) throws {
        try c.copyIn("COPY road_vertex (graph_id, id, geom) FROM STDIN", purpose: "store road vertices") {
            w in
            for (i, p) in network.vertices.enumerated() {
                w.append(id)
                w.append(i + 1)
                w.append(LineWKB.hexPoint(p))
                try w.endRow()
            }
        }
        let columns =
            "graph_id, id, source, target, length_m, cost_car, reverse_cost_car, cost_foot, reverse_cost_foot, "
            + "road_class, name, source_key, geom"
        try c.copyIn("COPY road_edge (\(columns)) FROM STDIN", purpose: "store road edges") { w in
            for (i, e) in network.edges.enumerated() {
                w.append(id)
                w.append(i + 1)
                w.append(Int(e.source) + 1)
                w.append(Int(e.target) + 1)
                for v in [e.length, e.cost.0, e.reverseCost.0, e.cost.1, e.reverseCost.1] { w.append(v) }
                w.append(e.roadClass)
                w.append(e.name)
                w.append(e.sourceKey)
                w.append(LineWKB.hexLineString(e.points))
                try w.endRow()
            }
        }
    }

    /// The stored graphs, newest first.
    public static func list(on connection: Connection) throws -> [GraphInfo] {
        try connection.query(
            """
            SELECT id, name, source, source_file, to_char(created_at, 'YYYY-MM-DD"T"HH24:MI:SSOF') FROM road_graph
            ORDER BY created_at DESC, id DESC
            """, purpose: "list road graphs"
        ).map {
            GraphInfo(
                id: try $0.decode(at: 0), name: try $0.decode(at: 1), source: try $0.decode(at: 2),
                sourceFile: try $0.decode(at: 3), createdAt: try $0.decode(at: 4))
        }
    }

    /// The graph called `name`, or the newest graph when `name` is nil.
    ///
    /// - Throws: when there is no such graph (the message lists those there are).
    public static func find(_ name: String?, on connection: Connection) throws -> GraphInfo {
        let graphs = try list(on: connection)
        if let hit = name.map({ n in graphs.first { $0.name == n } }) ?? graphs.first { return hit }
        let known = graphs.map(\.name).joined(separator: ", ")
        guard let name else {
            throw AnsimError("no road graph loaded yet: run `ansim roads load <file>` first")
        }
        throw AnsimError("no road graph named \(name) (graphs: \(known.isEmpty ? "none" : known))")
    }
}
