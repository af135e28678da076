/// Ripley's K and L functions with Monte Carlo envelopes (Ripley 1976, "The second-order
/// analysis of stationary point processes", J. Applied Probability 13(2); Ripley 1977,
/// "Modelling spatial patterns", JRSS B 39(2); L as Besag 1977 in the discussion of Ripley
/// 1977), computed as PySAL pointpats 2.5 `k` and `l`:
///
///     K(d) = A · 2·#{i < j : ‖pᵢ − pⱼ‖ < d} / n²        L(d) = √(K(d)/π)
///
/// with n points in a rectangular window of area A (pointpats: the points' bounding box;
/// here any ``PointWindow``, by default that box) and pairs counted strictly closer than d.
///
/// **Edge correction: none** (pointpats does not implement one either, it raises if asked).
/// Near the window's edges fewer neighbours are seen, so K is biased low at large d; the
/// envelopes are made with the same estimator on CSR patterns in the same window, so
/// observed and simulated K share that bias and comparing them stays fair. Keep d well
/// below half the window's shorter side.
///
/// The envelopes: `permutations` patterns of n points uniform in the window (CSR), each its
/// own seeded xoshiro256++ stream (the same seed gives the same envelopes on any machine);
/// lo and hi are the pointwise minimum and maximum of their K — with 99 simulations a
/// pointwise two-sided test at α = 0.02 (Besag & Diggle 1977, "Simple Monte Carlo tests
/// for spatial pattern", Applied Statistics 26(3)).
public enum RipleyK {
    /// K, L and the envelopes of K at each distance.
    public struct Result: Sendable, Equatable {
        public var distances: [Double]
        public var k: [Double]
        public var l: [Double]
        /// Pointwise minimum of the simulated K (NaN without simulations).
        public var lo: [Double]
        /// Pointwise maximum of the simulated K (NaN without simulations).
        public var hi: [Double]
    }

    /// K and L at `distances` (positive, increasing) for the points in `window`.
    public static func estimate(
        xs: [Double], ys: [Double], window: PointWindow, distances: [Double]
    ) throws(AnalyticsError) -> (k: [Double], l: [Double]) {
        try check(distances)
        try window.validate(xs: xs, ys: ys, minimum: 2, layer: "points", describe: { "point \($0 + 1)" })
        let k = kValues(xs: xs, ys: ys, area: window.area, distances: distances)
        return (k, k.map { ($0 / Double.pi).squareRoot() })
    }

    /// K, L and CSR envelopes from `permutations` simulations seeded by `seed`.
    public static func test(
        xs: [Double], ys: [Double], window: PointWindow, distances: [Double], permutations: Int, seed: UInt64
    ) throws(AnalyticsError) -> Result {
        guard permutations >= 0 else { throw AnalyticsError("permutations must be ≥ 0") }
        let (k, l) = try estimate(xs: xs, ys: ys, window: window, distances: distances)
        var lo = [Double](repeating: permutations > 0 ? .infinity : .nan, count: distances.count)
        var hi = [Double](repeating: permutations > 0 ? -.infinity : .nan, count: distances.count)
        for s in 0..<permutations {
            var random = StreamRandom(seed: seed, stream: UInt64(s), salt: salt)
            let sim = window.uniform(xs.count, random: &random)
            let ks = kValues(xs: sim.xs, ys: sim.ys, area: window.area, distances: distances)
            for d in ks.indices {
                lo[d] = min(lo[d], ks[d])
                hi[d] = max(hi[d], ks[d])
            }
        }
        return Result(distances: distances, k: k, l: l, lo: lo, hi: hi)
    }

    /// The salt of Ripley's simulations (``StreamRandom``).
    static let salt: UInt64 = 0x5249_504C_4559_4B31

    static func kValues(xs: [Double], ys: [Double], area: Double, distances: [Double]) -> [Double] {
        let n = Double(xs.count)
        return PairCounts.within(xs: xs, ys: ys, distances: distances).map { area * 2 * Double($0) / (n * n) }
    }

    /// Distances must be finite, positive and strictly increasing.
    static func check(_ distances: [Double]) throws(AnalyticsError) {
        guard !distances.isEmpty else { throw AnalyticsError("no distances given") }
        for (i, d) in distances.enumerated() {
            guard d.isFinite, d > 0, i == 0 || d > distances[i - 1] else {
                throw AnalyticsError(
                    "distance \(i + 1) (\(d)) must be positive, finite and larger than the one before")
            }
        }
    }
}
