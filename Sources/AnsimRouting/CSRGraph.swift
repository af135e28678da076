/// A compact adjacency (CSR) of one mode's usable arcs: for vertex v, its outgoing arcs
/// are `forwardOffsets[v] ..< forwardOffsets[v + 1]` of the forward arrays, its incoming
/// arcs the same range of the backward arrays. Indices are `Int32`, costs `Double`
/// seconds (the same numbers as the `road_edge` cost columns, so results equal
/// `pgr_dijkstra`'s). Immutable and `Sendable`: share it between threads, give each
/// thread its own ``PathSearch``.
public struct CSRGraph: Sendable {
    /// The number of vertices.
    public let vertexCount: Int
    /// The number of arcs (a two-way edge makes two).
    public var arcCount: Int { forwardHeads.count }
    /// The mode the costs are for.
    public let mode: TravelMode
    /// Vertex x coordinates (EPSG:5179), for A*'s lower bound.
    let xs: [Double]
    /// Vertex y coordinates.
    let ys: [Double]
    /// The highest speed (metres per second) of any arc: A*'s bound is distance / this.
    let maxSpeed: Double

    let forwardOffsets: [Int32]
    let forwardHeads: [Int32]
    let forwardCosts: [Double]
    let forwardEdges: [Int32]
    let backwardOffsets: [Int32]
    let backwardHeads: [Int32]
    let backwardCosts: [Double]
    let backwardEdges: [Int32]

    /// Builds the adjacency of `network` for `mode` (edges whose cost is negative in a
    /// direction give no arc that way).
    public init(network: RoadNetwork, mode: TravelMode) {
        vertexCount = network.vertices.count
        self.mode = mode
        xs = network.vertices.map(\.x)
        ys = network.vertices.map(\.y)
        var arcs: [(tail: Int32, head: Int32, cost: Double, edge: Int32)] = []
        var fastest = 0.0
        for (i, e) in network.edges.enumerated() {
            let forward = e.cost(mode)
            let backward = e.reverseCost(mode)
            if forward >= 0 { arcs.append((e.source, e.target, forward, Int32(i))) }
            if backward >= 0 { arcs.append((e.target, e.source, backward, Int32(i))) }
            for c in [forward, backward] where c > 0 { fastest = max(fastest, e.length / c) }
        }
        maxSpeed = fastest > 0 ? fastest : 1
        (forwardOffsets, forwardHeads, forwardCosts, forwardEdges) = Self.pack(
            arcs, vertexCount, byTail: true)
        (backwardOffsets, backwardHeads, backwardCosts, backwardEdges) = Self.pack(
            arcs, vertexCount, byTail: false)
    }

    /// Counting sort of the arcs by tail (or head), keeping input order within a vertex.
    private static func pack(
        _ arcs: [(tail: Int32, head: Int32, cost: Double, edge: Int32)], _ n: Int, byTail: Bool
    ) -> ([Int32], [Int32], [Double], [Int32]) {
        var offsets = [Int32](repeating: 0, count: n + 1)
        for a in arcs { offsets[Int(byTail ? a.tail : a.head) + 1] += 1 }
        for v in 0..<n { offsets[v + 1] += offsets[v] }
        var next = offsets
        var heads = [Int32](repeating: 0, count: arcs.count)
        var costs = [Double](repeating: 0, count: arcs.count)
        var edges = [Int32](repeating: 0, count: arcs.count)
        for a in arcs {
            let v = Int(byTail ? a.tail : a.head)
            let slot = Int(next[v])
            next[v] += 1
            heads[slot] = byTail ? a.head : a.tail
            costs[slot] = a.cost
            edges[slot] = a.edge
        }
        return (offsets, heads, costs, edges)
    }

    /// A* lower bound on the cost from `v` to `w`: straight-line distance at top speed.
    @inline(__always)
    func lowerBound(_ v: Int32, _ w: Int32) -> Double {
        let dx = xs[Int(v)] - xs[Int(w)]
        let dy = ys[Int(v)] - ys[Int(w)]
        return (dx * dx + dy * dy).squareRoot() / maxSpeed * (1 - 1e-9)
    }
}
