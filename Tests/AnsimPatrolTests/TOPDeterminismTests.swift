import Testing

@testable import AnsimPatrol

/// Same instance, options and seed: same plan (iteration budgets, never the clock).
@Suite struct TOPDeterminismTests {
    @Test func sameSeedSameRoutes() throws {
        let instance = TOPGenerator.instance(
            seed: 3, customers: 60, layout: .clustered, vehicles: 3, budget: 90)
        let options = TOPOptions(seed: 42, iterations: 120)
        let first = TOPSolver.solve(instance, options: options)
        let second = TOPSolver.solve(instance, options: options)
        #expect(first == second)
        #expect(try TOPChecker.check(instance, first) == first.score)
    }

    @Test func workBudgetIsDeterministicToo() {
        let instance = TOPGenerator.instance(
            seed: 5, customers: 40, layout: .uniform, vehicles: 2, budget: 80)
        let options = TOPOptions(seed: 9, timeLimit: 0.02)
        #expect(TOPSolver.solve(instance, options: options) == TOPSolver.solve(instance, options: options))
    }

    @Test func generatorIsSeeded() {
        let a = TOPGenerator.instance(seed: 1, customers: 30, layout: .uniform, vehicles: 2, budget: 50)
        let b = TOPGenerator.instance(seed: 1, customers: 30, layout: .uniform, vehicles: 2, budget: 50)
        let c = TOPGenerator.instance(seed: 2, customers: 30, layout: .uniform, vehicles: 2, budget: 50)
        #expect(a == b)
        #expect(a != c)
        #expect(a.count == 32 && a.end == 31)
    }
}
