/// The independent feasibility check applied to every plan the solver returns (and to
/// OR-Tools' plans in the benchmark). It shares no code with the solver: it walks each route
/// on the instance's raw travel matrix and service times.
///
/// A plan is feasible when it has at most `vehicles` routes; every stop is a node other than
/// the start and end and is visited at most once over all routes; every non-empty route
/// start → stops → end uses finite travel times and lasts at most `budget + tolerance`, with
/// tolerance = 1e-6 · max(1, budget). Empty routes are always feasible (the vehicle stays in).
/// The stated score and durations must match the recomputed ones to the same tolerance.
public enum TOPChecker {
    /// The recomputed score of a feasible plan; throws ``TOPError`` naming the first violation.
    @discardableResult
    public static func check(_ instance: TOPInstance, _ solution: TOPSolution) throws -> Double {
        let score = try check(instance, routes: solution.routes)
        let tolerance = 1e-6 * max(1, abs(score))
        guard abs(score - solution.score) <= tolerance else {
            throw TOPError("stated score \(solution.score) but the stops earn \(score)")
        }
        guard solution.durations.count == solution.routes.count else {
            throw TOPError("\(solution.durations.count) durations for \(solution.routes.count) routes")
        }
        for (k, route) in solution.routes.enumerated() {
            let walked = walk(instance, route)
            guard abs(walked - solution.durations[k]) <= 1e-6 * max(1, walked) else {
                throw TOPError("route \(k): stated duration \(solution.durations[k]) but it takes \(walked)")
            }
        }
        return score
    }

    /// The score of feasible `routes` (no stated score or durations to compare).
    @discardableResult
    public static func check(_ instance: TOPInstance, routes: [[Int]]) throws -> Double {
        guard routes.count <= instance.vehicles else {
            throw TOPError("\(routes.count) routes for \(instance.vehicles) vehicles")
        }
        var seen = [Bool](repeating: false, count: instance.count)
        var score = 0.0
        for (k, route) in routes.enumerated() {
            for stop in route {
                guard stop >= 0, stop < instance.count else {
                    throw TOPError("route \(k): \(stop) is not a node (0..<\(instance.count))")
                }
                guard stop != instance.start, stop != instance.end else {
                    throw TOPError("route \(k): visits the start or end node \(stop) as a stop")
                }
                guard !seen[stop] else { throw TOPError("route \(k): node \(stop) is visited twice") }
                seen[stop] = true
                score += instance.scores[stop]
            }
            let walked = walk(instance, route)
            guard walked.isFinite else { throw TOPError("route \(k) uses an unreachable arc") }
            guard walked <= instance.budget + 1e-6 * max(1, instance.budget) else {
                throw TOPError("route \(k) takes \(walked), over the budget \(instance.budget)")
            }
        }
        return score
    }

    /// Travel plus service along start → route → end, walked arc by arc; 0 when empty.
    private static func walk(_ instance: TOPInstance, _ route: [Int]) -> Double {
        if route.isEmpty { return 0 }
        let n = instance.count
        var total = instance.travel[instance.start * n + route[0]]
        for i in 0..<route.count {
            total += instance.service[route[i]]
            let next = i + 1 < route.count ? route[i + 1] : instance.end
            total += instance.travel[route[i] * n + next]
        }
        return total
    }
}
