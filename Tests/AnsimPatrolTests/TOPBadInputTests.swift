import Testing

@testable import AnsimPatrol

/// Hard but valid inputs give plans; invalid numbers give clear errors.
@Suite struct TOPBadInputTests {
    @Test func budgetTooSmallForAnyStopGivesEmptyRoutes() throws {
        let instance = try TOPInstance(
            x: [0, 5, 6], y: [0, 0, 0], scores: [0, 4, 4], vehicles: 3, budget: 9)
        let plan = TOPSolver.solve(instance, options: TOPOptions(iterations: 20))
        #expect(plan == TOPSolution.empty(vehicles: 3))
        #expect(try TOPExact.solve(instance).score == 0)
    }

    @Test func unreachableNodesAreNeverVisited() throws {
        let inf = Double.infinity
        let travel: [[Double]] = [[0, 1, 1, inf], [1, 0, 1, inf], [1, 1, 0, 1], [1, inf, 1, 0]]
        let instance = try TOPInstance(travel: travel, scores: [0, 1, 1, 50], vehicles: 2, budget: 100)
        let plan = TOPSolver.solve(instance, options: TOPOptions(iterations: 20))
        #expect(try TOPChecker.check(instance, plan) == 52)  // node 3 only reachable from 2
        let cut = try TOPInstance(
            travel: [[0, 1, inf], [1, 0, inf], [inf, inf, 0]], scores: [0, 1, 50], vehicles: 2, budget: 100)
        let other = TOPSolver.solve(cut, options: TOPOptions(iterations: 20))
        #expect(!other.visited.contains(2))
        #expect(try TOPChecker.check(cut, other) == 1)
    }

    @Test func depotOnlyAndNoVehicles() throws {
        let alone = try TOPInstance(travel: [[0]], scores: [0], vehicles: 2, budget: 10)
        #expect(TOPSolver.solve(alone) == TOPSolution.empty(vehicles: 2))
        let idle = try TOPInstance(x: [0, 1], y: [0, 0], scores: [0, 5], vehicles: 0, budget: 10)
        #expect(TOPSolver.solve(idle).routes.isEmpty)
        #expect(throws: TOPError.self) { try TOPInstance(travel: [], scores: [], vehicles: 1, budget: 1) }
    }

    @Test func invalidNumbersAreErrors() {
        let x: [Double] = [0, 1, 2]
        let y: [Double] = [0, 0, 0]
        #expect(throws: TOPError("score of node 1 is nan, must be finite and ≥ 0")) {
            try TOPInstance(x: x, y: y, scores: [0, .nan, 1], vehicles: 1, budget: 5)
        }
        #expect(throws: TOPError("score of node 2 is -1.0, must be finite and ≥ 0")) {
            try TOPInstance(x: x, y: y, scores: [0, 1, -1], vehicles: 1, budget: 5)
        }
        #expect(throws: TOPError.self) {
            try TOPInstance(x: x, y: y, scores: [0, 1, 1], service: [0, -2, 0], vehicles: 1, budget: 5)
        }
        #expect(throws: TOPError.self) {
            try TOPInstance(x: x, y: y, scores: [0, 1, 1], vehicles: 1, budget: .nan)
        }
        #expect(throws: TOPError.self) {
            try TOPInstance(x: x, y: y, scores: [0, 1, 1], vehicles: -1, budget: 5)
        }
        #expect(throws: TOPError.self) {
            try TOPInstance(travel: [[0, .nan], [1, 0]], scores: [0, 1], vehicles: 1, budget: 5)
        }
        #expect(throws: TOPError.self) {
            try TOPInstance(travel: [[0, 1], [1, 0]], scores: [0, 1], start: 2, vehicles: 1, budget: 5)
        }
    }
}
