extension LinkGraph {
    /// PageRank over the admitted links as directed, weighted by their multiplicity, with
    /// dangling entities' rank spread uniformly — the definition of `networkx.pagerank`
    /// (damping `alpha`, uniform teleport). Power iteration until the L1 change is below
    /// `tolerance`·n or `maxIterations`; returns the ranks (they sum to 1) and the
    /// iterations run.
    public func pageRank(
        filter: LinkFilter = .all, alpha: Double = 0.85, tolerance: Double = 1e-12, maxIterations: Int = 1_000
    ) -> (rank: [Double], iterations: Int) {
        let n = entityCount
        guard n > 0 else { return ([], 0) }
        // In-links as a CSR of admitted sources; out-weights per entity.
        var outWeight = [Double](repeating: 0, count: n)
        var inStart = [Int](repeating: 0, count: n + 1)
        var admitted = [Bool](repeating: true, count: linkCount)
        if !filter.isAll {
            for j in 0..<linkCount { admitted[j] = filter.admits(kind: kind[j], at: at[j]) }
        }
        for j in 0..<linkCount where admitted[j] {
            outWeight[Int(source[j])] += 1
            inStart[Int(target[j]) + 1] += 1
        }
        for v in 0..<n { inStart[v + 1] += inStart[v] }
        var fill = inStart
        var inSource = [Int32](repeating: 0, count: inStart[n])
        for j in 0..<linkCount where admitted[j] {
            let t = Int(target[j])
            inSource[fill[t]] = source[j]
            fill[t] += 1
        }
        let dangling = (0..<n).filter { outWeight[$0] == 0 }
        var inverse = outWeight.map { $0 > 0 ? 1 / $0 : 0 }
        var x = [Double](repeating: 1 / Double(n), count: n)
        var next = x
        var share = [Double](repeating: 0, count: n)
        let teleport = (1 - alpha) / Double(n)
        for iteration in 1...maxIterations {
            for v in 0..<n { share[v] = x[v] * inverse[v] }
            var danglingSum = 0.0
            for v in dangling { danglingSum += x[v] }
            let base = alpha * danglingSum / Double(n) + teleport
            var err = 0.0
            inSource.withUnsafeBufferPointer { src in
                for v in 0..<n {
                    var s = 0.0
                    for p in inStart[v]..<inStart[v + 1] { s += share[Int(src[p])] }
                    let value = alpha * s + base
                    err += abs(value - x[v])
                    next[v] = value
                }
            }
            swap(&x, &next)
            if err < tolerance * Double(n) { return (x, iteration) }
        }
        inverse.removeAll()
        return (x, maxIterations)
    }

    /// Degree centrality as networkx defines it: (in + out admitted links) / (n − 1).
    public func degreeCentrality(filter: LinkFilter = .all) -> [Double] {
        let n = entityCount
        var d = [Double](repeating: 0, count: n)
        for j in 0..<linkCount where filter.admits(kind: kind[j], at: at[j]) {
            d[Int(source[j])] += 1
            d[Int(target[j])] += 1
        }
        let scale = n > 1 ? 1 / Double(n - 1) : 1
        return d.map { $0 * scale }
    }
}
