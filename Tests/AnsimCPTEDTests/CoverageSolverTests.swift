import Testing

@testable import AnsimCPTED

/// The camera-siting solver against the exact optimum.
@Suite struct CoverageSolverTests {
    /// SplitMix64, so instances are the same on every run.
    struct Mix {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    /// Points on a 10×10 grid of demand, candidates at random places covering a radius.
    static func instance(seed: UInt64, candidates: Int, k: Int) throws -> CoverageProblem {
        var rng = Mix(state: seed)
        let weights = (0..<100).map { _ in Double(rng.below(10)) }
        let covers: [[Int32]] = (0..<candidates).map { _ in
            let cx = rng.below(10)
            let cy = rng.below(10)
            let r = 1 + rng.below(2)
            var list: [Int32] = []
            for x in max(0, cx - r)...min(9, cx + r) {
                for y in max(0, cy - r)...min(9, cy + r) where (x - cx) * (x - cx) + (y - cy) * (y - cy) <= r * r {
                    list.append(Int32(y * 10 + x))
                }
            }
            return list
        }
        return try CoverageProblem(weights: weights, covers: covers, k: k)
    }

    @Test(arguments: 1...20)
    func solverEqualsTheExactOptimum(seed: Int) throws {
        let p = try Self.instance(seed: UInt64(seed), candidates: 16, k: 4)
        let exact = try #require(CoverageExact.solve(p))
        let found = CoverageSolver.solve(p)
        #expect(abs(found.covered - exact.covered) < 1e-9)
        #expect(abs(p.coverage(found.sites) - found.covered) < 1e-9)
        #expect(Set(found.sites).count == 4)
    }

    @Test func localSearchRepairsGreedy() throws {
        let p = try CoverageProblem(
            weights: [2, 3, 3, 2], covers: [[0, 1], [1, 2], [2, 3]].map { $0.map(Int32.init) }, k: 2)
        // Middle covers 6, sides 5 each: greedy middle + a side = 8; the optimum is both sides, 10.
        let greedy = CoverageSolver.greedy(p)
        #expect(greedy.sites.first == 1 && greedy.covered == 8)
        let best = CoverageSolver.solve(p)
        #expect(Set(best.sites) == [0, 2] && best.covered == 10)
        #expect(CoverageExact.solve(p)?.covered == 10)
    }

    @Test func badInputIsRefused() {
        #expect(throws: CoverageError("candidate 0 covers demand 5, but there are 2")) {
            try CoverageProblem(weights: [1, 1], covers: [[5]], k: 1)
        }
        #expect(throws: CoverageError.self) { try CoverageProblem(weights: [-1], covers: [[0]], k: 1) }
        #expect(throws: CoverageError.self) { try CoverageProblem(weights: [1], covers: [[0]], k: -1) }
    }

    @Test func moreSitesThanCandidatesTakesThemAll() throws {
        let p = try CoverageProblem(weights: [1, 2], covers: [[0], [1]], k: 5)
        #expect(CoverageSolver.solve(p).covered == 3)
        #expect(CoverageExact.solve(p)?.sites == [0, 1])
    }
}
