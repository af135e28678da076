extension SimpleGraph {
    /// Betweenness centrality (Brandes 2001, unweighted), normalised as
    /// `networkx.betweenness_centrality(G, normalized=True)` on an undirected graph:
    /// divided by (n−1)(n−2). With `samples` < n, only that many source nodes (drawn
    /// with `seed`) are used and the sums scaled by n / samples, as networkx's `k`.
    public func betweenness(samples: Int? = nil, seed: UInt64 = 1) -> [Double] {
        let n = nodeCount
        var bc = [Double](repeating: 0, count: n)
        guard n > 2 else { return bc }
        var sources = Array(0..<n)
        var k = n
        if let samples, samples < n {
            var rng = LinkRandom(seed: seed, stream: "betweenness")
            for i in 0..<samples {
                let r = i + Int(rng.below(UInt64(n - i)))
                sources.swapAt(i, r)
            }
            sources = Array(sources[0..<samples])
            k = samples
        }
        var sigma = [Double](repeating: 0, count: n)
        var dist = [Int32](repeating: -1, count: n)
        var delta = [Double](repeating: 0, count: n)
        var order = [Int32]()
        order.reserveCapacity(n)
        for s in sources {
            order.removeAll(keepingCapacity: true)
            sigma[s] = 1
            dist[s] = 0
            order.append(Int32(s))
            var head = 0
            while head < order.count {
                let v = Int(order[head])
                head += 1
                let dv = dist[v]
                for u32 in adjacency[start[v]..<start[v + 1]] {
                    let u = Int(u32)
                    if dist[u] < 0 {
                        dist[u] = dv + 1
                        order.append(u32)
                    }
                    if dist[u] == dv + 1 { sigma[u] += sigma[v] }
                }
            }
            for w32 in order.reversed() {
                let w = Int(w32)
                let coefficient = (1 + delta[w]) / sigma[w]
                let dw = dist[w]
                for v32 in adjacency[start[w]..<start[w + 1]] where dist[Int(v32)] == dw - 1 {
                    delta[Int(v32)] += sigma[Int(v32)] * coefficient
                }
                if w != s { bc[w] += delta[w] }
            }
            for w32 in order {
                let w = Int(w32)
                sigma[w] = 0
                dist[w] = -1
                delta[w] = 0
            }
        }
        let scale = 1 / (Double(n - 1) * Double(n - 2)) * Double(n) / Double(k)
        return bc.map { $0 * scale }
    }
}
