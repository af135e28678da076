/// A noded road network: vertices at junctions and line ends, edges between them
/// (the in-memory form of `road_vertex` and `road_edge`; vertex i is row id i + 1).
public struct RoadNetwork: Sendable {
    /// Vertex coordinates (EPSG:5179).
    public var vertices: [Point2]
    /// The edges (edge i is row id i + 1).
    public var edges: [RoadEdge]

    /// Creates a network.
    public init(vertices: [Point2], edges: [RoadEdge]) {
        self.vertices = vertices
        self.edges = edges
    }

    /// The weakly connected component of every vertex (0 = the largest), counting edges
    /// any mode may use in either direction.
    public func components() -> (label: [Int32], sizes: [Int]) {
        var parent = Array(Int32(0)..<Int32(vertices.count))
        func find(_ v: Int32) -> Int32 {
            var v = v
            while parent[Int(v)] != v {
                parent[Int(v)] = parent[Int(parent[Int(v)])]
                v = parent[Int(v)]
            }
            return v
        }
        for e in edges where e.cost.0 >= 0 || e.cost.1 >= 0 || e.reverseCost.0 >= 0 || e.reverseCost.1 >= 0 {
            let a = find(e.source)
            let b = find(e.target)
            if a != b { parent[Int(a)] = b }
        }
        var counts: [Int32: Int] = [:]
        for v in parent.indices { counts[find(Int32(v)), default: 0] += 1 }
        let order = counts.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
        var rank: [Int32: Int32] = [:]
        for (i, entry) in order.enumerated() { rank[entry.key] = Int32(i) }
        let label = parent.indices.map { rank[find(Int32($0))]! }
        return (label, order.map(\.value))
    }

    /// A summary: counts, components, and kilometres by road class.
    public func summary() -> NetworkSummary {
        let (_, sizes) = components()
        var km: [String: Double] = [:]
        for e in edges { km[e.roadClass, default: 0] += e.length / 1000 }
        return NetworkSummary(
            vertices: vertices.count, edges: edges.count, components: sizes.count,
            largestComponentShare: vertices.isEmpty ? 0 : Double(sizes[0]) / Double(vertices.count),
            kilometresByClass: km)
    }
}

/// What ``RoadNetwork/summary()`` reports.
public struct NetworkSummary: Sendable, Equatable {
    /// Vertex count.
    public var vertices: Int
    /// Edge count.
    public var edges: Int
    /// Weakly connected components.
    public var components: Int
    /// The share of vertices in the largest component (0…1).
    public var largestComponentShare: Double
    /// Total edge length in km by road class.
    public var kilometresByClass: [String: Double]
}
