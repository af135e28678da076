/// Solves the maximal covering location problem: lazy greedy (each step the site with the
/// largest newly covered weight), then 1-swap local search (replace a chosen site by an
/// unchosen one while that covers more), to a local optimum; restarted with each of the
/// `restarts` strongest single sites forced first, keeping the best.
public enum CoverageSolver {
    /// Greedy followed by local search, from `restarts` + 1 starts.
    public static func solve(_ p: CoverageProblem, restarts: Int = 32) -> CoverageSolution {
        var best = improve(p, greedy(p))
        guard p.k > 1 else { return best }
        let single = p.covers.map { $0.reduce(0.0) { $0 + p.weights[Int($1)] } }
        let starts = single.indices.sorted { single[$0] != single[$1] ? single[$0] > single[$1] : $0 < $1 }
        for first in starts.prefix(restarts) {
            let s = improve(p, greedy(p, forced: [first]))
            if s.covered > best.covered + 1e-9 { best = s }
        }
        return best
    }

    /// The lazy greedy solution: marginal gains only shrink, so a stale gain is an upper
    /// bound and is recomputed only when it reaches the top. Ties go to the lower index.
    /// `forced` sites are taken first.
    public static func greedy(_ p: CoverageProblem, forced: [Int] = []) -> CoverageSolution {
        var covered = [Bool](repeating: false, count: p.weights.count)
        var bound = p.covers.map { $0.reduce(0.0) { $0 + p.weights[Int($1)] } }
        var chosen: [Int] = []
        var isChosen = [Bool](repeating: false, count: p.candidates)
        var total = 0.0
        for f in forced.prefix(p.k) where !isChosen[f] {
            isChosen[f] = true
            chosen.append(f)
            for d in p.covers[f] where !covered[Int(d)] {
                covered[Int(d)] = true
                total += p.weights[Int(d)]
            }
        }
        while chosen.count < min(p.k, p.candidates) {
            var best = -1
            while true {
                best = -1
                for c in 0..<p.candidates where !isChosen[c] && (best < 0 || bound[c] > bound[best]) { best = c }
                guard best >= 0 else { break }
                let fresh = p.covers[best].reduce(0.0) { covered[Int($1)] ? $0 : $0 + p.weights[Int($1)] }
                if fresh >= bound[best] - 1e-12 {
                    bound[best] = fresh
                    break
                }
                bound[best] = fresh
            }
            guard best >= 0 else { break }
            isChosen[best] = true
            chosen.append(best)
            total += bound[best]
            for d in p.covers[best] { covered[Int(d)] = true }
        }
        return CoverageSolution(sites: chosen, covered: total)
    }

    /// 1-swap local search from `start`: best improving swap each round, until none.
    public static func improve(_ p: CoverageProblem, _ start: CoverageSolution) -> CoverageSolution {
        var sites = start.sites
        var count = [Int32](repeating: 0, count: p.weights.count)
        for s in sites { for d in p.covers[s] { count[Int(d)] += 1 } }
        var isChosen = [Bool](repeating: false, count: p.candidates)
        for s in sites { isChosen[s] = true }
        var mark = [Int](repeating: -1, count: p.weights.count)
        while true {
            var bestGain = 1e-9
            var bestMove: (out: Int, into: Int)?
            for (slot, s) in sites.enumerated() {
                // What leaving s loses: demand only s covers.
                var loss = 0.0
                for d in p.covers[s] where count[Int(d)] == 1 {
                    loss += p.weights[Int(d)]
                    mark[Int(d)] = s
                }
                for c in 0..<p.candidates where !isChosen[c] {
                    var gain = -loss
                    for d in p.covers[c] where count[Int(d)] == 0 || (count[Int(d)] == 1 && mark[Int(d)] == s) {
                        gain += p.weights[Int(d)]
                    }
                    if gain > bestGain {
                        bestGain = gain
                        bestMove = (slot, c)
                    }
                }
                for d in p.covers[s] where mark[Int(d)] == s { mark[Int(d)] = -1 }
            }
            guard let move = bestMove else { break }
            let old = sites[move.out]
            for d in p.covers[old] { count[Int(d)] -= 1 }
            for d in p.covers[move.into] { count[Int(d)] += 1 }
            isChosen[old] = false
            isChosen[move.into] = true
            sites[move.out] = move.into
        }
        return CoverageSolution(sites: sites, covered: p.coverage(sites))
    }
}
