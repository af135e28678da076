/// The exact optimum of a small covering problem by enumerating every set of `k` sites
/// (for checks: C(candidates, k) sets, each scored in full).
public enum CoverageExact {
    /// The best set of `min(k, candidates)` sites; ties go to the lexicographically first.
    /// Returns nil when there are more than `limit` sets to try.
    public static func solve(_ p: CoverageProblem, limit: Int = 5_000_000) -> CoverageSolution? {
        let n = p.candidates
        let k = min(p.k, n)
        guard binomial(n, k) <= Double(limit) else { return nil }
        guard k > 0 else { return CoverageSolution(sites: [], covered: 0) }
        var pick = Array(0..<k)
        var best = CoverageSolution(sites: pick, covered: p.coverage(pick))
        while true {
            var i = k - 1
            while i >= 0 && pick[i] == n - k + i { i -= 1 }
            guard i >= 0 else { break }
            pick[i] += 1
            for j in (i + 1)..<k { pick[j] = pick[j - 1] + 1 }
            let value = p.coverage(pick)
            if value > best.covered + 1e-9 { best = CoverageSolution(sites: pick, covered: value) }
        }
        return best
    }

    static func binomial(_ n: Int, _ k: Int) -> Double {
        var r = 1.0
        for i in 0..<k { r = r * Double(n - i) / Double(i + 1) }
        return r
    }
}
