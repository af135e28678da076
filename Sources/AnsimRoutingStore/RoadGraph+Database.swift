import AnsimRouting
import AnsimStore
import AnsimSupport
import Foundation

extension RoadGraph {
    /// Reads graph `name` (the newest graph when nil) from `road_vertex` and `road_edge`
    /// and builds its adjacencies and snapping indexes.
    ///
    /// - Throws: when there is no such graph or its rows are inconsistent.
    public static func load(name: String?, on connection: Connection) throws -> RoadGraph {
        let info = try RoadGraphStore.find(name, on: connection)
        return RoadGraph(network: try RoadGraphStore.network(graph: info.id, on: connection), name: info.name)
    }
}

extension RoadGraphStore {
    /// The network of graph `id` as stored.
    public static func network(graph id: Int, on connection: Connection) throws -> RoadNetwork {
        let vertexRows = try connection.query(
            "SELECT id, ST_X(geom), ST_Y(geom) FROM road_vertex WHERE graph_id = $1 ORDER BY id", [id],
            purpose: "read road vertices")
        var vertices: [Point2] = []
        vertices.reserveCapacity(vertexRows.count)
        for (i, row) in vertexRows.enumerated() {
            guard try row.decode(Int.self, at: 0) == i + 1 else {
                throw AnsimError("road graph \(id): vertex ids are not 1…n")
            }
            vertices.append(Point2(try row.decode(at: 1), try row.decode(at: 2)))
        }
        let edgeRows = try connection.query(
            """
            SELECT id, source, target, length_m, cost_car, reverse_cost_car, cost_foot, reverse_cost_foot,
              road_class, name, source_key, ST_AsBinary(geom)
            FROM road_edge WHERE graph_id = $1 ORDER BY id
            """, [id], purpose: "read road edges")
        var edges: [RoadEdge] = []
        edges.reserveCapacity(edgeRows.count)
        for (i, row) in edgeRows.enumerated() {
            let source = try row.decode(Int.self, at: 1) - 1
            let target = try row.decode(Int.self, at: 2) - 1
            guard try row.decode(Int.self, at: 0) == i + 1, vertices.indices.contains(source),
                vertices.indices.contains(target),
                let points = LineWKB.lines([UInt8](try row.decode(Data.self, at: 11)))?.first
            else { throw AnsimError("road graph \(id): edge row \(i + 1) is inconsistent") }
            let d = try (3...7).map { try row.decode(Double.self, at: $0) }
            edges.append(
                RoadEdge(
                    source: Int32(source), target: Int32(target), length: d[0], cost: (d[1], d[3]),
                    reverseCost: (d[2], d[4]), roadClass: try row.decode(at: 8), name: try row.decode(at: 9),
                    sourceKey: try row.decode(String?.self, at: 10) ?? "", points: points))
        }
        return RoadNetwork(vertices: vertices, edges: edges)
    }
}
