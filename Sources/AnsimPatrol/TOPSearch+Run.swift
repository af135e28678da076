/// The search loop: greedy construction, then destroy → repair → local search with
/// record-to-record acceptance (Dueck 1993) and a return to the best plan after a run of
/// non-improving steps, until the iteration or work budget is spent.
extension TOPSearch {
    /// Local search to a local optimum: shorten routes, then insert, then replace, repeated
    /// while the score grows (Vansteenwegen et al. 2009's improvement phase).
    mutating func localSearch() {
        while true {
            for r in routes.indices { improveRoute(r) }
            improveBetween()
            if insertGreedy() { continue }
            if replaceBest() { continue }
            return
        }
    }

    /// Runs until `iterations` destroy/repair steps or `workLimit` work units (whichever is
    /// given and reached first; at least one must be given), offering every local optimum
    /// to `pool`. Returns the best plan.
    mutating func run(iterations: Int?, workLimit: Int?, pool: inout TOPElitePool) -> TOPSolution {
        precondition(iterations != nil || workLimit != nil, "an iteration or work budget is required")
        insertGreedy()
        localSearch()
        var best = snapshot
        var current = best
        pool.offer(best)
        let ceiling = problem.ceiling
        let restartAfter = max(100, 4 * problem.candidates.count)
        var iteration = 0
        var stale = 0
        while best.score < ceiling - 1e-9 * max(1, ceiling) {
            if let iterations, iteration >= iterations { break }
            if let workLimit, work >= workLimit { break }
            iteration += 1
            let progress = max(
                iterations.map { Double(iteration) / Double(max(1, $0)) } ?? 0,
                workLimit.map { Double(work) / Double(max(1, $0)) } ?? 0)
            let removed = destroy(fraction: 0.05 + 0.3 * rng.unit())
            insertGreedy(noise: 0.25, exponent: [1, 1.5, 2][rng.int(3)], banned: removed)
            localSearch()
            let candidate = snapshot
            pool.offer(candidate)
            work += 1_000 + 4 * problem.n + pool.entries.count  // fixed costs, snapshot, pool upkeep
            if Self.better(candidate, best) {
                best = candidate
                current = candidate
                stale = 0
                continue
            }
            stale += 1
            let slack = 0.03 * (1 - progress) * best.score
            if candidate.score >= best.score - slack {
                current = candidate
            } else {
                restore(current)
            }
            if stale >= restartAfter {
                restore(best)
                current = best
                stale = 0
            }
        }
        return best
    }
}
