import Testing

@testable import AnsimPatrol

/// The independent checker accepts feasible plans and names what is wrong with the others.
@Suite struct TOPCheckerTests {
    let instance = try! TOPInstance(
        travel: [[0, 3, 4, 5], [3, 0, 5, 4], [4, 5, 0, 3], [5, 4, 3, 0]], scores: [0, 10, 20, 30],
        service: [0, 1, 1, 1], vehicles: 2, budget: 12)

    @Test func acceptsAFeasiblePlanAndSumsTheScore() throws {
        let plan = TOPSolution(routes: [[1], [2]], instance: instance)
        #expect(plan.durations == [7, 9])
        #expect(try TOPChecker.check(instance, plan) == 30)
    }

    @Test func rejectsOverBudgetRepeatsDepotsAndBadScores() {
        let over = TOPSolution(routes: [[1, 3]], instance: instance)  // 3+1+4+1+5 = 14
        #expect(throws: TOPError.self) { try TOPChecker.check(self.instance, over) }
        #expect(throws: TOPError.self) { try TOPChecker.check(self.instance, routes: [[1], [1]]) }
        #expect(throws: TOPError.self) { try TOPChecker.check(self.instance, routes: [[0, 1]]) }
        #expect(throws: TOPError.self) { try TOPChecker.check(self.instance, routes: [[9]]) }
        #expect(throws: TOPError.self) { try TOPChecker.check(self.instance, routes: [[1], [2], [3]]) }
        var lying = TOPSolution(routes: [[1]], instance: instance)
        lying.score = 40
        #expect(throws: TOPError.self) { try TOPChecker.check(self.instance, lying) }
        lying = TOPSolution(routes: [[1]], instance: instance)
        lying.durations = [1]
        #expect(throws: TOPError.self) { try TOPChecker.check(self.instance, lying) }
    }

    @Test func rejectsUnreachableArcs() throws {
        let holed = try TOPInstance(
            travel: [[0, 1, 1], [.infinity, 0, 1], [1, 1, 0]], scores: [0, 5, 5], vehicles: 1, budget: 100)
        #expect(throws: TOPError.self) { try TOPChecker.check(holed, routes: [[1]]) }
        #expect(try TOPChecker.check(holed, routes: [[1, 2]]) == 10)
    }

    @Test func everySolverPlanPassesOnRandomInstances() throws {
        for seed in 0..<20 {
            let instance = TOPFixtures.small(seed: UInt64(seed), customers: 10, vehicles: 1 + seed % 3)
            let plan = TOPSolver.solve(instance, options: TOPOptions(seed: 7, iterations: 50))
            #expect(try TOPChecker.check(instance, plan) == plan.score)
            #expect(plan.routes.count == instance.vehicles)
        }
    }
}
