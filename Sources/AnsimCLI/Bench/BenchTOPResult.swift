import AnsimPatrol
import AnsimSupport
import Foundation

/// What one solver did on one instance of `ansim bench top`.
struct BenchTOPResult {
    /// The score the independent checker verified (0 when the plan was infeasible).
    let score: Double
    /// Wall seconds (for OR-Tools: its own solve time, without interpreter start-up).
    let seconds: Double
    /// Whether ``TOPChecker`` accepted the plan on unrounded distances.
    let feasible: Bool

    /// Ansim's solver at `timeLimit` nominal seconds, timed and checked.
    static func ansim(_ instance: TOPInstance, timeLimit: Double, seed: UInt64) -> BenchTOPResult {
        let started = ContinuousClock.now
        let plan = TOPSolver.solve(instance, options: TOPOptions(seed: seed, timeLimit: timeLimit))
        let seconds = (ContinuousClock.now - started).seconds
        let verified = try? TOPChecker.check(instance, plan)
        return BenchTOPResult(score: verified ?? 0, seconds: seconds, feasible: verified != nil)
    }

    /// OR-Tools (scripts/bench/top_ortools.py) at `timeLimit` seconds; its routes re-checked.
    static func ortools(
        _ reference: BenchAnalyticsReference, _ instance: TOPInstance, path: String, timeLimit: Double
    ) throws -> BenchTOPResult {
        let (report, _) = try reference.run("top_ortools.py", [path, "--time-limit", String(timeLimit)])
        guard let routes = report.fields["routes"] as? [[Int]] else {
            throw AnsimError("top_ortools.py printed no routes for \(path)")
        }
        let verified = try? TOPChecker.check(instance, routes: routes)
        return BenchTOPResult(score: verified ?? 0, seconds: report.seconds, feasible: verified != nil)
    }
}
