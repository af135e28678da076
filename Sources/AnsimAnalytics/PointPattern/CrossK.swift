/// The cross-K function between two layers — e.g. crimes (A) around bars (B) — (Lotwick &
/// Silverman 1982, "Methods for analysing spatial processes of several types of points",
/// JRSS B 44(3); Cressie 1993, *Statistics for Spatial Data*, §8.4), with the conventions of
/// ``RipleyK`` (no edge correction, pairs strictly closer than d):
///
///     K_AB(d) = A · #{(a, b) : ‖a − b‖ < d} / (n_A · n_B)      L_AB(d) = √(K_AB(d)/π)
///
/// Envelopes: layer B stays where it is and layer A is replaced by n_A uniform points in the
/// window, `permutations` times (the null hypothesis that A is CSR regardless of B); lo and
/// hi are the pointwise minimum and maximum of the simulated K_AB. Observed K_AB above hi at
/// distance d: more A points near B points than chance, at that distance.
public enum CrossK {
    public static func test(
        xs: [Double], ys: [Double], otherXs: [Double], otherYs: [Double], window: PointWindow,
        distances: [Double], permutations: Int, seed: UInt64
    ) throws(AnalyticsError) -> RipleyK.Result {
        try RipleyK.check(distances)
        guard permutations >= 0 else { throw AnalyticsError("permutations must be ≥ 0") }
        try window.validate(xs: xs, ys: ys, minimum: 1, layer: "points", describe: { "point \($0 + 1)" })
        try window.validate(
            xs: otherXs, ys: otherYs, minimum: 1, layer: "other layer", describe: { "point \($0 + 1)" })
        let scale = window.area / (Double(xs.count) * Double(otherXs.count))
        func kValues(_ ax: [Double], _ ay: [Double]) -> [Double] {
            PairCounts.cross(xs: ax, ys: ay, otherXs: otherXs, otherYs: otherYs, distances: distances)
                .map { scale * Double($0) }
        }
        let k = kValues(xs, ys)
        var lo = [Double](repeating: permutations > 0 ? .infinity : .nan, count: distances.count)
        var hi = [Double](repeating: permutations > 0 ? -.infinity : .nan, count: distances.count)
        for s in 0..<permutations {
            var random = StreamRandom(seed: seed, stream: UInt64(s), salt: salt)
            let sim = window.uniform(xs.count, random: &random)
            let ks = kValues(sim.xs, sim.ys)
            for d in ks.indices {
                lo[d] = min(lo[d], ks[d])
                hi[d] = max(hi[d], ks[d])
            }
        }
        return RipleyK.Result(
            distances: distances, k: k, l: k.map { ($0 / Double.pi).squareRoot() }, lo: lo, hi: hi)
    }

    static let salt: UInt64 = 0x4352_4F53_534B_3031
}
