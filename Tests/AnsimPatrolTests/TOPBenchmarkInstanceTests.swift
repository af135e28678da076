import Testing

@testable import AnsimPatrol

/// Real Chao benchmark instances reach their best-known score (iteration budgets, untimed).
@Suite struct TOPBenchmarkInstanceTests {
    @Test(arguments: [("Set1/p1.2.d.txt", 30.0), ("Set2/p2.3.g.txt", 145.0), ("Set3/p3.4.k.txt", 350.0)])
    func reachesBestKnown(file: String, bks: Double) throws {
        let instance = try TOPInstance.readCGW(path: TOPFixtures.topFolder + "/" + file)
        let plan = TOPSolver.solve(instance, options: TOPOptions(seed: 1, iterations: 300))
        #expect(try TOPChecker.check(instance, plan) == bks)
    }
}
