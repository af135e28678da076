/// Shortest-path searches on one ``CSRGraph``, with reusable work arrays (labels are
/// invalidated by an epoch counter, so a search costs only what it visits).
///
/// Not thread-safe: give each thread its own search (they may share the graph).
/// Costs are seconds; `nil` or `.infinity` means unreachable.
public final class PathSearch {
    /// The graph searched.
    public let graph: CSRGraph
    var heap = BinaryHeap()
    var forward: Labels
    var backward: Labels
    /// Vertices settled by the last search (for measurements).
    public internal(set) var settledCount = 0

    /// Creates a search on `graph`.
    public init(graph: CSRGraph) {
        self.graph = graph
        forward = Labels(count: graph.vertexCount)
        backward = Labels(count: graph.vertexCount)
    }

    /// Dijkstra from `seeds` (vertex, starting cost) along forward arcs (along incoming
    /// arcs, backwards, when `reverse`: costs are then *to* the seeds), stopping once
    /// every vertex of `targets` is settled (all vertices when nil) or costs exceed
    /// `bound`. Labels stay readable in ``forward`` until the next search.
    func run(seeds: [(Int32, Double)], targets: [Int32]? = nil, bound: Double = .infinity, reverse: Bool = false) {
        // Work on local copies (moved out, not copied) so the loop pays no exclusivity checks.
        var labels = Labels(count: 0)
        var queue = BinaryHeap()
        swap(&labels, &forward)
        swap(&queue, &heap)
        defer {
            swap(&labels, &forward)
            swap(&queue, &heap)
        }
        labels.reset()
        queue.removeAll()
        var settled = 0
        defer { settledCount = settled }
        for (v, c) in seeds where c < labels.distance(v) {
            labels.set(v, c, parent: -1, edge: -1)
            queue.push(c, v)
        }
        var remaining = 0
        if let targets {
            for t in targets where labels.mark(t) { remaining += 1 }
            if remaining == 0 { return }
        }
        let g = graph
        let arcOffsets = reverse ? g.backwardOffsets : g.forwardOffsets
        let arcHeads = reverse ? g.backwardHeads : g.forwardHeads
        let arcCosts = reverse ? g.backwardCosts : g.forwardCosts
        let arcEdges = reverse ? g.backwardEdges : g.forwardEdges
        arcOffsets.withUnsafeBufferPointer { offsets in
            arcHeads.withUnsafeBufferPointer { heads in
                arcCosts.withUnsafeBufferPointer { costs in
                    arcEdges.withUnsafeBufferPointer { edges in
                        while !queue.isEmpty {
                            let (d, u) = queue.pop()
                            guard d <= labels.distance(u) else { continue }
                            if d > bound { break }
                            settled += 1
                            if targets != nil, labels.unmark(u) {
                                remaining -= 1
                                if remaining == 0 { break }
                            }
                            for arc in Int(offsets[Int(u)])..<Int(offsets[Int(u) + 1]) {
                                let v = heads[arc]
                                let nd = d + costs[arc]
                                if nd < labels.distance(v) {
                                    labels.set(v, nd, parent: u, edge: edges[arc])
                                    queue.push(nd, v)
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The least cost from vertex `source` to vertex `target` (Dijkstra), or nil.
    public func dijkstra(from source: Int32, to target: Int32) -> Double? {
        run(seeds: [(source, 0)], targets: [target])
        let d = forward.distance(target)
        return d.isFinite ? d : nil
    }

    /// The least costs from `source` to each of `targets` (one Dijkstra that stops when
    /// all are settled); `.infinity` for the unreachable.
    public func oneToMany(from source: Int32, to targets: [Int32]) -> [Double] {
        run(seeds: [(source, 0)], targets: targets)
        return targets.map { forward.distance($0) }
    }

    /// The edges of the last search's tree path from its seeds to `vertex`, in order,
    /// with true where the edge is walked from its source to its target.
    func treePath(to vertex: Int32, edges: [RoadEdge]) -> [(edge: Int32, forward: Bool)] {
        var result: [(edge: Int32, forward: Bool)] = []
        var v = vertex
        while forward.parent(v) >= 0 {
            let e = forward.edge(v)
            let u = forward.parent(v)
            result.append((e, edges[Int(e)].source == u && edges[Int(e)].target == v))
            v = u
        }
        return result.reversed()
    }
}

/// Per-vertex labels of one search direction, valid for the current epoch only.
struct Labels {
    private var distances: [Double]
    private var parents: [Int32]
    private var edges: [Int32]
    private var stamps: [UInt32]
    private var marks: [UInt32]
    private var epoch: UInt32 = 1

    init(count: Int) {
        distances = Array(repeating: .infinity, count: count)
        parents = Array(repeating: -1, count: count)
        edges = Array(repeating: -1, count: count)
        stamps = Array(repeating: 0, count: count)
        marks = Array(repeating: 0, count: count)
    }

    mutating func reset() { epoch &+= 1 }

    @inline(__always) func distance(_ v: Int32) -> Double {
        stamps[Int(v)] == epoch ? distances[Int(v)] : .infinity
    }
    @inline(__always) func parent(_ v: Int32) -> Int32 { stamps[Int(v)] == epoch ? parents[Int(v)] : -1 }
    @inline(__always) func edge(_ v: Int32) -> Int32 { edges[Int(v)] }

    @inline(__always) mutating func set(_ v: Int32, _ d: Double, parent: Int32, edge: Int32) {
        stamps[Int(v)] = epoch
        distances[Int(v)] = d
        parents[Int(v)] = parent
        edges[Int(v)] = edge
    }

    /// Marks `v` as a target; false when already marked in this epoch.
    mutating func mark(_ v: Int32) -> Bool {
        guard marks[Int(v)] != epoch else { return false }
        marks[Int(v)] = epoch
        return true
    }

    /// Clears `v`'s target mark; true when it was marked.
    mutating func unmark(_ v: Int32) -> Bool {
        guard marks[Int(v)] == epoch else { return false }
        marks[Int(v)] = 0
        return true
    }
}
