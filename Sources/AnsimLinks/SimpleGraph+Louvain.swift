extension SimpleGraph {
    /// Communities by the Louvain method (Blondel et al. 2008) on the weighted graph:
    /// local moves in node order until no move gains modularity more than `threshold`,
    /// then aggregation, until a level moves nothing. Deterministic (no shuffling),
    /// unlike networkx's seeded `louvain_communities`; the partitions' modularity is
    /// what the tests compare. Returns a community label per node (0, 1, … by first node).
    public func louvain(resolution: Double = 1, threshold: Double = 1e-7) -> [Int32] {
        var membership = (0..<Int32(nodeCount)).map { $0 }
        var level = LouvainLevel(self)
        while true {
            let (moved, community) = level.moveNodes(resolution: resolution, threshold: threshold)
            if !moved { break }
            for v in 0..<membership.count { membership[v] = community[Int(membership[v])] }
            level = level.aggregated(by: community)
        }
        return Self.relabel(membership)
    }

    /// Labels renumbered 0, 1, … in order of first appearance.
    static func relabel(_ label: [Int32]) -> [Int32] {
        var map: [Int32: Int32] = [:]
        return label.map { l in
            if let m = map[l] { return m }
            let m = Int32(map.count)
            map[l] = m
            return m
        }
    }

    /// Newman's modularity of the labelling (weighted, resolution γ), as
    /// `networkx.community.modularity`.
    public func modularity(_ label: [Int32], resolution: Double = 1) -> Double {
        var twoM = 0.0
        var degree = [Double](repeating: 0, count: nodeCount)
        for v in 0..<nodeCount {
            for p in start[v]..<start[v + 1] { degree[v] += weight[p] }
            twoM += degree[v]
        }
        guard twoM > 0 else { return 0 }
        var inside: [Int32: Double] = [:]
        var total: [Int32: Double] = [:]
        for v in 0..<nodeCount {
            total[label[v], default: 0] += degree[v]
            for p in start[v]..<start[v + 1] where label[Int(adjacency[p])] == label[v] {
                inside[label[v], default: 0] += weight[p]
            }
        }
        var q = 0.0
        for (c, t) in total { q += (inside[c] ?? 0) / twoM - resolution * (t / twoM) * (t / twoM) }
        return q
    }
}
