/// Unpredictable patrols: successive different plans, each near the best.
extension TOPSolver {
    /// `count` plans for successive shifts, each scoring at least `minRatio` × the best score
    /// found, as different as possible from the shifts before.
    ///
    /// The rule: one search (``solve(_:options:)`` with the same options) collects an elite
    /// pool of distinct plans; the eligible plans are those scoring ≥ `minRatio` × the best.
    /// Shift 0 takes the best plan unless `previous` plans (earlier shifts) are given; every
    /// later shift takes the eligible plan that maximises the smallest arc difference
    /// (``TOPSolution/difference(from:start:end:)``, Jaccard distance of driven arcs) to the
    /// last w plans, w = min(shifts so far, eligible − 1), so no plan repeats within w shifts.
    /// Ties (within 1e-12) go to a seeded random pick. Same instance, options and `previous`
    /// give the same plans.
    public static func alternatives(
        _ instance: TOPInstance, count: Int, minRatio: Double = 0.95, previous: [TOPSolution] = [],
        options: TOPOptions = TOPOptions()
    ) -> [TOPSolution] {
        guard count > 0 else { return [] }
        let found = search(instance, options: options, poolFloor: min(minRatio, 0.95))
        let threshold = minRatio * found.best.score - 1e-9 * max(1, found.best.score)
        var eligible = [found.best]
        let bestKey = TOPElitePool.key(found.best)
        for plan in found.pool where plan.score >= threshold && TOPElitePool.key(plan) != bestKey {
            eligible.append(plan)
        }
        var rng = TOPRandom(seed: TOPRandom.derive(options.seed, 1_000))
        var history = previous
        var out: [TOPSolution] = []
        for _ in 0..<count {
            let window = min(history.count, eligible.count - 1)
            if window == 0 {
                out.append(eligible[0])
                history.append(eligible[0])
                continue
            }
            let recent = history.suffix(window)
            var bestValue = -1.0
            var ties: [Int] = []
            for (i, plan) in eligible.enumerated() {
                let value =
                    recent.map { plan.difference(from: $0, start: instance.start, end: instance.end) }
                    .min() ?? 1
                if value > bestValue + 1e-12 {
                    bestValue = value
                    ties = [i]
                } else if abs(value - bestValue) <= 1e-12 {
                    ties.append(i)
                }
            }
            let pick = eligible[ties[rng.int(ties.count)]]
            out.append(pick)
            history.append(pick)
        }
        return out
    }
}
