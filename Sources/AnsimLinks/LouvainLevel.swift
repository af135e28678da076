/// One level of the Louvain method: a weighted graph whose nodes are the previous
/// level's communities (self-loop weight = the weight inside them).
struct LouvainLevel {
    var n: Int
    var start: [Int]
    var adjacency: [Int32]
    var weight: [Double]
    var selfLoop: [Double]

    init(_ g: SimpleGraph) {
        n = g.nodeCount
        start = g.start
        adjacency = g.adjacency
        weight = g.weight
        selfLoop = [Double](repeating: 0, count: g.nodeCount)
    }

    init(n: Int, start: [Int], adjacency: [Int32], weight: [Double], selfLoop: [Double]) {
        (self.n, self.start, self.adjacency, self.weight, self.selfLoop) = (n, start, adjacency, weight, selfLoop)
    }

    /// Local moves; returns whether any node moved and the community (0…) of each node.
    func moveNodes(resolution: Double, threshold: Double) -> (Bool, [Int32]) {
        var degree = [Double](repeating: 0, count: n)
        var twoM = 0.0
        for v in 0..<n {
            var d = 2 * selfLoop[v]
            for p in start[v]..<start[v + 1] { d += weight[p] }
            degree[v] = d
            twoM += d
        }
        var community = (0..<Int32(n)).map { $0 }
        guard twoM > 0 else { return (false, community) }
        var total = degree
        var linkTo = [Double](repeating: 0, count: n)
        var touched: [Int32] = []
        var movedAny = false
        var improved = true
        while improved {
            improved = false
            for v in 0..<n {
                let own = community[v]
                touched.removeAll(keepingCapacity: true)
                for p in start[v]..<start[v + 1] {
                    let c = community[Int(adjacency[p])]
                    if linkTo[Int(c)] == 0 { touched.append(c) }
                    linkTo[Int(c)] += weight[p]
                }
                total[Int(own)] -= degree[v]
                let k = degree[v]
                func gain(_ c: Int32) -> Double { linkTo[Int(c)] - resolution * total[Int(c)] * k / twoM }
                var best = own
                var bestGain = gain(own)
                for c in touched where c != own {
                    let g = gain(c)
                    if g > bestGain + threshold {
                        best = c
                        bestGain = g
                    }
                }
                total[Int(best)] += degree[v]
                if best != own {
                    community[v] = best
                    improved = true
                    movedAny = true
                }
                for c in touched { linkTo[Int(c)] = 0 }
                linkTo[Int(own)] = 0
            }
        }
        return (movedAny, SimpleGraph.relabel(community))
    }

    /// The graph of communities.
    func aggregated(by community: [Int32]) -> LouvainLevel {
        let m = Int(community.max().map { $0 + 1 } ?? 0)
        var selfW = [Double](repeating: 0, count: m)
        var rows = [[Int32: Double]](repeating: [:], count: m)
        for v in 0..<n {
            let cv = community[v]
            selfW[Int(cv)] += selfLoop[v]
            for p in start[v]..<start[v + 1] {
                let cu = community[Int(adjacency[p])]
                if cu == cv {
                    selfW[Int(cv)] += weight[p] / 2  // each inside edge is seen from both ends
                } else {
                    rows[Int(cv)][cu, default: 0] += weight[p]
                }
            }
        }
        var start = [0]
        var adjacency: [Int32] = []
        var weight: [Double] = []
        for r in rows {
            for (u, w) in r.sorted(by: { $0.key < $1.key }) {
                adjacency.append(u)
                weight.append(w)
            }
            start.append(adjacency.count)
        }
        return LouvainLevel(n: m, start: start, adjacency: adjacency, weight: weight, selfLoop: selfW)
    }
}
