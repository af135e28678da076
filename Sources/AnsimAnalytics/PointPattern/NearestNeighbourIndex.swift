import Foundation

/// The average nearest neighbour index (Clark & Evans 1954, "Distance to nearest neighbor as
/// a measure of spatial relationships in populations", Ecology 35(4)), as ArcGIS's *Average
/// Nearest Neighbor* and CrimeStat's nearest neighbour analysis (Levine 2015, CrimeStat IV,
/// ch. 5) report it, with no edge correction:
///
///     d̄ₒ = (1/n) Σᵢ minⱼ≠ᵢ ‖pᵢ − pⱼ‖      d̄ₑ = 0.5 / √(n/A)
///     R = d̄ₒ / d̄ₑ      SE = 0.26136 / √(n²/A)      z = (d̄ₒ − d̄ₑ) / SE,   p = 2·(1 − Φ(|z|))
///
/// R < 1 (z < 0): clustered; R > 1: dispersed. d̄ₒ equals pointpats' `PointPattern.mean_nnd`.
public struct NearestNeighbourIndex: Sendable, Equatable {
    public var observed: Double
    public var expected: Double
    public var ratio: Double
    public var z: Double
    public var p: Double

    /// The index of at least two points in `window`.
    public static func compute(xs: [Double], ys: [Double], window: PointWindow) throws(AnalyticsError) -> Self
    {
        try window.validate(xs: xs, ys: ys, minimum: 2, layer: "points", describe: { "point \($0 + 1)" })
        let order = xs.indices.sorted { xs[$0] < xs[$1] }
        let sx = order.map { xs[$0] }
        let sy = order.map { ys[$0] }
        var total = 0.0
        for i in sx.indices {
            var best = Double.infinity
            var j = i + 1
            while j < sx.count && sx[j] - sx[i] < best {
                best = min(best, PairCounts.distance(sx[j] - sx[i], sy[j] - sy[i]))
                j += 1
            }
            j = i - 1
            while j >= 0 && sx[i] - sx[j] < best {
                best = min(best, PairCounts.distance(sx[j] - sx[i], sy[j] - sy[i]))
                j -= 1
            }
            total += best
        }
        let n = Double(xs.count)
        let observed = total / n
        let expected = 0.5 / (n / window.area).squareRoot()
        let se = 0.26136 / (n * n / window.area).squareRoot()
        let z = (observed - expected) / se
        return Self(
            observed: observed, expected: expected, ratio: observed / expected, z: z,
            p: erfc(abs(z) / 2.0.squareRoot()))
    }
}
