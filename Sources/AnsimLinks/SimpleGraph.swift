/// The undirected simple projection of a ``LinkGraph`` under a filter: each pair of
/// linked entities once, weighted by how many admitted links join them (self-links
/// dropped). Components, communities and betweenness run on it, as networkx runs them
/// on `nx.Graph` (betweenness ignores the weights, Louvain uses them).
public struct SimpleGraph: Sendable {
    public let nodeCount: Int
    /// Neighbours of `v`: `adjacency[start[v] ..< start[v + 1]]`, ascending.
    public let start: [Int]
    public let adjacency: [Int32]
    public let weight: [Double]

    /// The projection of `graph`'s links admitted by `filter`.
    public init(_ graph: LinkGraph, filter: LinkFilter = .all) {
        var pairs: [(Int32, Int32)] = []
        pairs.reserveCapacity(graph.linkCount)
        for j in 0..<graph.linkCount where filter.admits(kind: graph.kind[j], at: graph.at[j]) {
            let s = graph.source[j], t = graph.target[j]
            if s != t { pairs.append((s, t)) }
        }
        self.init(nodeCount: graph.entityCount, edges: pairs)
    }

    /// A graph on `nodeCount` nodes from undirected edges (repeats add weight).
    public init(nodeCount n: Int, edges: [(Int32, Int32)]) {
        var deg = [Int](repeating: 0, count: n + 1)
        for (s, t) in edges {
            deg[Int(s) + 1] += 1
            deg[Int(t) + 1] += 1
        }
        for i in 0..<n { deg[i + 1] += deg[i] }
        var fill = deg
        var raw = [Int32](repeating: 0, count: edges.count * 2)
        for (s, t) in edges {
            raw[fill[Int(s)]] = t
            fill[Int(s)] += 1
            raw[fill[Int(t)]] = s
            fill[Int(t)] += 1
        }
        var start = [Int](repeating: 0, count: n + 1)
        var adjacency: [Int32] = []
        var weight: [Double] = []
        adjacency.reserveCapacity(raw.count)
        weight.reserveCapacity(raw.count)
        raw.withUnsafeMutableBufferPointer { buf in
            for v in 0..<n {
                let lo = deg[v], hi = deg[v + 1]
                if hi - lo > 1 {
                    var row = UnsafeMutableBufferPointer(rebasing: buf[lo..<hi])
                    row.sort()
                }
                var p = lo
                while p < hi {
                    let u = buf[p]
                    var w = 0.0
                    while p < hi && buf[p] == u {
                        w += 1
                        p += 1
                    }
                    adjacency.append(u)
                    weight.append(w)
                }
                start[v + 1] = adjacency.count
            }
        }
        self.nodeCount = n
        self.start = start
        self.adjacency = adjacency
        self.weight = weight
    }

    /// The number of distinct undirected edges.
    public var edgeCount: Int { adjacency.count / 2 }

    /// The neighbours of `v`.
    @inline(__always)
    public func neighbours(_ v: Int) -> ArraySlice<Int32> { adjacency[start[v]..<start[v + 1]] }
}
