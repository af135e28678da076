import Dispatch
import Foundation

/// The team-orienteering solver: `options.threads` seeded large-neighbourhood searches
/// (``TOPOptions`` states the determinism rule) run in parallel and merged. Every returned
/// plan has exactly `vehicles` routes, its score and durations recomputed on the instance,
/// and passes ``TOPChecker``.
public enum TOPSolver {
    /// The best plan found.
    public static func solve(_ instance: TOPInstance, options: TOPOptions = TOPOptions()) -> TOPSolution {
        search(instance, options: options, poolFloor: 0.9).best
    }

    /// The best plan and the merged elite pool (plans ≥ `poolFloor` × the best score).
    static func search(
        _ instance: TOPInstance, options: TOPOptions, poolFloor: Double
    ) -> (best: TOPSolution, pool: [TOPSolution]) {
        let problem = TOPProblem(instance)
        guard !problem.candidates.isEmpty else { return (.empty(vehicles: instance.vehicles), []) }
        let results = Results(count: options.threads)
        DispatchQueue.concurrentPerform(iterations: options.threads) { index in
            var search = TOPSearch(problem: problem, seed: TOPRandom.derive(options.seed, index))
            var pool = TOPElitePool(floor: poolFloor)
            let best = search.run(iterations: options.iterations, workLimit: options.workLimit, pool: &pool)
            results.set(index, best, pool)
        }
        var best = results.best[0]!
        var pool = TOPElitePool(floor: poolFloor)
        for index in 0..<options.threads {
            if TOPSearch.better(results.best[index]!, best) { best = results.best[index]! }
            pool.merge(results.pools[index]!)
        }
        let exact = { (plan: TOPSolution) in TOPSolution(routes: plan.routes, instance: instance) }
        return (exact(best), pool.entries.map(exact))
    }

    /// The per-search results, written once each from the parallel searches.
    private final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var best: [TOPSolution?]
        private(set) var pools: [TOPElitePool?]

        init(count: Int) {
            best = Array(repeating: nil, count: count)
            pools = Array(repeating: nil, count: count)
        }

        func set(_ index: Int, _ solution: TOPSolution, _ pool: TOPElitePool) {
            lock.lock()
            defer { lock.unlock() }
            best[index] = solution
            pools[index] = pool
        }
    }
}
