import Testing

@testable import AnsimPatrol

/// The heuristic against the exact optimum (subset dynamic programming) on small instances.
@Suite struct TOPExactTests {
    @Test(arguments: 0..<8)
    func heuristicMatchesTheOptimum(batch: Int) throws {
        for k in 0..<10 {
            let seed = UInt64(batch * 10 + k)
            let instance = TOPFixtures.small(
                seed: seed, customers: 6 + Int(seed % 7), vehicles: 1 + Int(seed % 3))
            let exact = try TOPExact.solve(instance)
            let plan = TOPSolver.solve(instance, options: TOPOptions(seed: seed, iterations: 1_000))
            #expect(try TOPChecker.check(instance, exact) == exact.score)
            #expect(try TOPChecker.check(instance, plan) == plan.score)
            #expect(
                abs(plan.score - exact.score) < 1e-9,
                "seed \(seed): heuristic \(plan.score), optimum \(exact.score)")
        }
    }

    /// A star: the depot in the middle, three arms; one vehicle can do one arm, two can do two.
    @Test func handMadeStar() throws {
        let x: [Double] = [0, 10, 11, -10, -11, 0, 0]
        let y: [Double] = [0, 0, 0, 0, 0, 10, 11]
        let scores: [Double] = [0, 5, 5, 4, 4, 6, 6]
        for (vehicles, best) in [(1, 12.0), (2, 22.0), (3, 30.0)] {
            let instance = try TOPInstance(x: x, y: y, scores: scores, vehicles: vehicles, budget: 22.5)
            #expect(try TOPExact.solve(instance).score == best)
            let plan = TOPSolver.solve(instance, options: TOPOptions(seed: 1, iterations: 50))
            #expect(try TOPChecker.check(instance, plan) == best)
        }
    }

    /// A trap for ratio-greedy insertion: four cheap near stops (3 each, ratio 1.5) on one side,
    /// one far stop worth 13 (ratio 0.34) on the other; the budget allows one side only.
    @Test func handMadeGreedyTrap() throws {
        let x: [Double] = [0, 1, 2, 3, 4, -19]
        let y: [Double] = [0, 0, 0, 0, 0, 0]
        let instance = try TOPInstance(x: x, y: y, scores: [0, 3, 3, 3, 3, 13], vehicles: 1, budget: 39)
        #expect(try TOPExact.solve(instance).score == 13)
        let plan = TOPSolver.solve(instance, options: TOPOptions(iterations: 30))
        #expect(try TOPChecker.check(instance, plan) == 13)
        #expect(plan.routes == [[5]])
    }
}
