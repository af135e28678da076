extension LinkGraph {
    /// Hop distances from `source` over admitted links in either direction (-1: unreached),
    /// stopping once `stop` is reached (its whole level is finished).
    func hopDistances(from source: Int, filter: LinkFilter, stop: Int? = nil) -> [Int32] {
        var dist = [Int32](repeating: -1, count: entityCount)
        dist[source] = 0
        var frontier = [source]
        var level: Int32 = 0
        while !frontier.isEmpty {
            if let stop, dist[stop] >= 0 { break }
            var next: [Int] = []
            for v in frontier {
                forEachNeighbour(v, filter) { _, u in
                    if dist[u] < 0 {
                        dist[u] = level + 1
                        next.append(u)
                    }
                }
            }
            level += 1
            frontier = next
        }
        return dist
    }

    /// One shortest path (fewest links, either direction) from `a` to `b` as entity
    /// indexes `[a, …, b]`, or nil when none exists under `filter`. Ties go to the
    /// smaller entity index at each step, so the answer is deterministic.
    public func shortestPath(from a: Int, to b: Int, filter: LinkFilter = .all) -> [Int]? {
        allShortestPaths(from: a, to: b, filter: filter, limit: 1).first
    }

    /// All shortest paths from `a` to `b` (at most `limit`, in lexicographic order of
    /// entity indexes), as entity-index sequences. Empty when `b` is unreachable.
    public func allShortestPaths(from a: Int, to b: Int, filter: LinkFilter = .all, limit: Int = 100) -> [[Int]] {
        if a == b { return [[a]] }
        let fromB = hopDistances(from: b, filter: filter, stop: a)
        guard fromB[a] >= 0 else { return [] }
        var paths: [[Int]] = []
        var path = [a]
        func extend(_ v: Int) {
            if paths.count >= limit { return }
            if v == b {
                paths.append(path)
                return
            }
            var next = Set<Int>()
            forEachNeighbour(v, filter) { _, u in
                if fromB[u] >= 0 && fromB[u] == fromB[v] - 1 { next.insert(u) }
            }
            for u in next.sorted() {
                path.append(u)
                extend(u)
                path.removeLast()
            }
        }
        extend(a)
        return paths
    }

    /// The links joining consecutive entities of `path` under `filter` (every parallel link).
    public func links(along path: [Int], filter: LinkFilter = .all) -> [[Int]] {
        zip(path, path.dropFirst()).map { v, u in
            var js: [Int] = []
            forEachNeighbour(v, filter) { j, w in if w == u { js.append(j) } }
            return js.sorted()
        }
    }
}
