import Foundation

/// Getis-Ord local Gi* hotspot statistic on a grid or areas (Getis & Ord 1992, "The analysis of
/// spatial association by use of distance statistics", Geographical Analysis 24(3); Ord &
/// Getis 1995, "Local spatial autocorrelation statistics: distributional issues and an
/// application", Geographical Analysis 27(4)), computed as PySAL esda 2.9
/// `G_Local(y, w, transform="B", star=True)` does with `w = lat2W(rows, cols, rook=False)`
/// (``GridWeights``), or with any binary libpysal `W` — `Queen`/`Rook.from_dataframe` on
/// polygons, `DistanceBand(binary=True)` on points or centroids (``SparseWeights``).
///
/// With binary weights and the self weight wᵢᵢ = 1 that esda adds for `star=True`
/// on binary weights (`fill_diagonal(w, 1)`), for observation i with Wᵢ = Σⱼ wᵢⱼ = kᵢ + 1:
///
///     Gᵢ* = Σⱼ wᵢⱼ yⱼ / Σⱼ yⱼ          E[Gᵢ*] = Wᵢ / n
///     Var[Gᵢ*] = Wᵢ (n − Wᵢ) / (n − 1) · 1/n² · s² / ȳ²
///     zᵢ = (Gᵢ* − E[Gᵢ*]) / √Var[Gᵢ*]     pᵢ = 1 − Φ(|zᵢ|)
///
/// where ȳ and s² = Σ(y − ȳ)²/n are the mean and the population variance of all n values
/// (esda writes s² as mean(y²) − ȳ²; the same number up to rounding). z is esda's `Zs` and
/// p its `p_norm`: the one-sided normal tail of |z|, so p ≤ 0.5.
///
/// Where esda divides 0 by 0 — all values equal (e.g. an all-zero grid: esda returns NaN for
/// every z and p), a single cell (esda raises), or a cell whose neighbourhood is the whole
/// grid (Wᵢ = n, e.g. every cell of a 2 × 2 grid: NaN) — Ansim returns z = 0 and p = 0.5
/// (= 1 − Φ(0)): there is no variation to call a hotspot. Values must be finite and
/// non-negative (Gᵢ* is a share of the total; Getis & Ord define it for non-negative
/// variables), otherwise ``AnalyticsError``.
public enum GetisOrd {
    /// Gi* z-scores and p-values for a grid of values, one per cell in row-major order
    /// (index = row·cols + col). O(neighbours) per cell; ~40 ms for a million cells.
    public static func localStar(
        values: [Double], grid: Grid, contiguity: GridWeights.Contiguity = .queen
    ) throws(AnalyticsError) -> Result {
        try localStar(values: values, weights: GridWeights(grid: grid, contiguity: contiguity))
    }

    /// Gi* on explicit grid weights (see ``localStar(values:grid:contiguity:)``).
    public static func localStar(values: [Double], weights: GridWeights) throws(AnalyticsError) -> Result {
        try star(values: values, weights: weights)
    }

    /// Gi* on explicit neighbour lists — polygon contiguity or a distance band (see
    /// ``SparseWeights``); index i of the result is observation i. An island (no
    /// neighbours) has Wᵢ = 1, its own value only, as in esda.
    public static func localStar(values: [Double], weights: SparseWeights) throws(AnalyticsError) -> Result {
        try star(values: values, weights: weights)
    }

    /// Gi* on any binary weights (specialised here for ``GridWeights`` and ``SparseWeights``;
    /// other conforming types go through the protocol's witness table).
    public static func localStar<W: SpatialWeights>(
        values: [Double], weights: W
    ) throws(AnalyticsError) -> Result {
        try star(values: values, weights: weights)
    }

    @inline(__always)
    static func star<W: SpatialWeights>(values: [Double], weights: W) throws(AnalyticsError) -> Result {
        try weights.validate(values, for: "Gi*")
        if let i = values.firstIndex(where: { $0 < 0 }) {
            throw AnalyticsError(
                "Gi*: \(weights.describe(i)) is \(values[i]); "
                    + "Gi* needs non-negative values (counts, rates)")
        }
        let n = values.count
        var z = [Double](repeating: 0, count: n)
        var p = [Double](repeating: 0.5, count: n)
        guard let lo = values.min(), let hi = values.max(), lo < hi else {
            return Result(z: z, p: p)
        }
        let total = GetisOrd.sum(values)
        let mean = total / Double(n)
        let variance = GetisOrd.sum(values.map { ($0 - mean) * ($0 - mean) }) / Double(n)
        let nd = Double(n)
        // Var[Gᵢ*] = Wᵢ(n − Wᵢ) · scale
        let scale = 1 / (nd - 1) / (nd * nd) * (variance / (mean * mean))
        let sums = weights.neighbourSums(values, includingSelf: true)
        sums.withUnsafeBufferPointer { sums in
            z.withUnsafeMutableBufferPointer { z in
                p.withUnsafeMutableBufferPointer { p in
                    for i in 0..<n {
                        let w = Double(weights.cardinality(i) + 1)
                        guard w < nd else { continue }
                        let zi = (sums[i] / total - w / nd) / (w * (nd - w) * scale).squareRoot()
                        z[i] = zi
                        p[i] = 0.5 * erfc(abs(zi) / 2.0.squareRoot())
                    }
                }
            }
        }
        return Result(z: z, p: p)
    }

    /// Sum in blocks of 256 (pairwise-like error growth, as numpy's sum).
    static func sum(_ values: [Double]) -> Double {
        var total = 0.0
        var start = 0
        while start < values.count {
            let end = min(start + 256, values.count)
            var block = 0.0
            for i in start..<end { block += values[i] }
            total += block
            start = end
        }
        return total
    }
}
