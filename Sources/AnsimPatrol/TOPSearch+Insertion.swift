import Foundation

/// Greedy insertion: repeatedly add the unvisited candidate with the highest
/// score^exponent / added-duration over its cheapest feasible position (the ratio of
/// Vansteenwegen et al. 2009's insert step; exponent 2 favours high scores as in Chao,
/// Golden & Wasil 1996). Each candidate's best position per route is cached and refreshed
/// only for the route that changed.
extension TOPSearch {
    /// Inserts while anything fits; `noise` perturbs each candidate's ratio by a seeded factor
    /// in [1 − noise, 1 + noise]; `banned` candidates are skipped. Returns whether it inserted.
    @discardableResult
    mutating func insertGreedy(noise: Double = 0, exponent: Double = 1, banned: Set<Int> = []) -> Bool {
        let k = problem.vehicles
        var pending = problem.candidates.filter { owner[$0] < 0 && !banned.contains($0) }
        guard !pending.isEmpty, k > 0 else { return false }
        var weight = [Double](repeating: 1, count: pending.count)
        for i in pending.indices {
            let bonus = exponent == 1 ? problem.profit[pending[i]] : pow(problem.profit[pending[i]], exponent)
            weight[i] = bonus * (noise > 0 ? 1 + noise * (2 * rng.unit() - 1) : 1)
        }
        var delta = [Double](repeating: .infinity, count: pending.count * k)
        var position = [Int](repeating: -1, count: pending.count * k)
        func refresh(_ search: inout TOPSearch, _ r: Int) {
            for i in pending.indices {
                if let best = search.bestInsertion(pending[i], into: r) {
                    delta[i * k + r] = best.delta
                    position[i * k + r] = best.position
                } else {
                    delta[i * k + r] = .infinity
                }
            }
        }
        for r in 0..<k { refresh(&self, r) }
        var inserted = false
        while !pending.isEmpty {
            var bestRatio = -Double.infinity
            var bestI = -1
            var bestR = -1
            for i in pending.indices {
                for r in 0..<k where delta[i * k + r] < .infinity {
                    let ratio = weight[i] / max(delta[i * k + r], 1e-9)
                    if ratio > bestRatio {
                        bestRatio = ratio
                        bestI = i
                        bestR = r
                    }
                }
            }
            guard bestI >= 0 else { break }
            insert(pending[bestI], route: bestR, at: position[bestI * k + bestR])
            inserted = true
            let last = pending.count - 1
            pending.swapAt(bestI, last)
            weight.swapAt(bestI, last)
            for r in 0..<k {
                delta.swapAt(bestI * k + r, last * k + r)
                position.swapAt(bestI * k + r, last * k + r)
            }
            pending.removeLast()
            weight.removeLast()
            delta.removeLast(k)
            position.removeLast(k)
            refresh(&self, bestR)
        }
        return inserted
    }
}
