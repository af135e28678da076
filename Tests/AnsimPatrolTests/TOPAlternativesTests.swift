import Testing

@testable import AnsimPatrol

/// Successive shifts get different plans, each ≥ 95 % of the best found.
@Suite struct TOPAlternativesTests {
    let instance = TOPGenerator.instance(
        seed: 11, customers: 50, layout: .uniform, vehicles: 2, budget: 120, sameDepot: true)

    @Test func plansAreNearBestAndDiffer() throws {
        let options = TOPOptions(seed: 5, iterations: 150)
        let best = TOPSolver.solve(instance, options: options)
        let plans = TOPSolver.alternatives(instance, count: 6, minRatio: 0.95, options: options)
        #expect(plans.count == 6)
        #expect(plans[0] == best)
        for plan in plans {
            #expect(try TOPChecker.check(instance, plan) >= 0.95 * best.score - 1e-9)
        }
        for k in 1..<plans.count {
            #expect(plans[k].difference(from: plans[k - 1], start: instance.start, end: instance.end) > 0.2)
        }
        #expect(Set(plans.map(\.routes)).count == 6)
    }

    @Test func sameSeedSamePlansAndPreviousShiftsAreAvoided() {
        let options = TOPOptions(seed: 8, iterations: 80)
        let a = TOPSolver.alternatives(instance, count: 3, options: options)
        let b = TOPSolver.alternatives(instance, count: 3, options: options)
        #expect(a == b)
        let next = TOPSolver.alternatives(instance, count: 1, previous: a, options: options)
        #expect(!a.contains(next[0]))
    }

    @Test func differenceIsJaccardOverArcs() {
        let x = TOPSolution(routes: [[1, 2], []], score: 0, durations: [0, 0])
        let y = TOPSolution(routes: [[], [1, 2]], score: 0, durations: [0, 0])
        let z = TOPSolution(routes: [[2, 1], []], score: 0, durations: [0, 0])
        #expect(x.difference(from: y, start: 0, end: 0) == 0)
        #expect(x.difference(from: z, start: 0, end: 0) == 1)
    }
}
