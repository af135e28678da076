import AnsimPatrol
import AnsimSupport
import ArgumentParser
import Foundation

/// `ansim patrol top`: solve one team-orienteering instance in the Chao, Golden & Wasil (1996)
/// benchmark format and write the routes.
struct PatrolTop: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "top",
        abstract: "Solve a team orienteering problem (Chao–Golden–Wasil format).",
        discussion: """
            The instance file has lines `n N`, `m M` (vehicles), `tmax T` (time budget), then N \
            rows `x y score`: row 0 is the start, row N-1 the end (they may differ); travel time \
            is the unrounded Euclidean distance; no service times.

            --out gets one line per vehicle (M lines): the visited nodes in order, as 0-based \
            row indices of the N node rows (row 0 = start, row N-1 = end; both excluded), \
            separated by spaces; an empty line is a vehicle that stays in. Prints the total \
            score, the independent feasibility check and the time taken.

            Determinism: the plan depends only on the instance, --seed, --threads and the \
            budget. --time-limit is nominal seconds turned into a fixed budget of counted work \
            (about that long per search on the reference machine, never read from the clock); \
            --iterations fixes the number of destroy/repair steps instead; with both, whichever \
            comes first.
            """
    )

    @Option(help: "The instance file (CGW format).")
    var instance: String

    @Option(help: "Nominal seconds of search (a deterministic work budget).")
    var timeLimit: Double?

    @Option(help: "Destroy/repair steps per search (fixes the result for a seed).")
    var iterations: Int?

    @Option(help: "The random seed.")
    var seed: UInt64 = 1

    @Option(help: "Parallel independent searches, merged deterministically.")
    var threads = 2

    @Option(help: "Write the routes here (one line per vehicle).")
    var out: String?

    func validate() throws {
        if let timeLimit, !(timeLimit > 0) { throw ValidationError("--time-limit must be positive") }
        if let iterations, iterations < 0 { throw ValidationError("--iterations must be 0 or more") }
        guard threads >= 1 else { throw ValidationError("--threads must be at least 1") }
    }

    func run() throws {
        let problem = try TOPInstance.readCGW(path: instance)
        let options = TOPOptions(
            seed: seed, iterations: iterations, timeLimit: timeLimit ?? (iterations == nil ? 1 : nil),
            threads: threads)
        let started = ContinuousClock.now
        let plan = TOPSolver.solve(problem, options: options)
        let elapsed = ContinuousClock.now - started
        let verdict: String
        do {
            try TOPChecker.check(problem, plan)
            verdict = "feasible (independent check)"
        } catch {
            verdict = "INFEASIBLE: \(error)"
        }
        let lines = plan.routes.map { $0.map(String.init).joined(separator: " ") }
        if let out {
            do {
                try (lines.joined(separator: "\n") + "\n").write(
                    toFile: out, atomically: true, encoding: .utf8)
            } catch {
                throw AnsimError("\(out): cannot write (\(error.localizedDescription))")
            }
        }
        print("score \(PatrolTop.format(plan.score))")
        print(
            "\(verdict); \(plan.routes.count) routes, \(plan.visited.count) stops, durations "
                + plan.durations.map { String(format: "%.3f", $0) }.joined(separator: " ")
                + " (tmax \(PatrolTop.format(problem.budget)))")
        print(
            String(
                format: "time %.3f s",
                Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18))
        if out == nil { for line in lines { print("route: \(line)") } }
        if verdict.hasPrefix("INFEASIBLE") { throw ExitCode.failure }
    }

    /// A score or budget without a trailing ".0".
    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
