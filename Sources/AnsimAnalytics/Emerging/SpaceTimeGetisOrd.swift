import Foundation

/// Space–time Getis-Ord Gi* on a ``SpaceTimeCube`` (Getis & Ord 1992; Ord & Getis 1995), the
/// hot spot statistic per bin of ArcGIS Pro's *Emerging Hot Spot Analysis* (Esri, "How
/// Emerging Hot Spot Analysis works", ArcGIS Pro 3.x tool reference): a bin's neighbourhood
/// is its cell and the cell's contiguous neighbours (queen or rook, as ``GridWeights``) in
/// its own time step and in the `timeLag` previous steps — the "neighborhood time step" of
/// ArcGIS (the current step plus the k before it; steps before the first do not exist).
///
/// All n = rows·cols·steps bins are the observations; weights are binary and include the
/// bin itself (star). For bin i with Wᵢ neighbourhood bins, x̄ and s² the mean and
/// population variance of all bins:
///
///     zᵢ = (Σⱼ wᵢⱼ xⱼ − x̄ Wᵢ) / (s · √[(n Wᵢ − Wᵢ²)/(n − 1)])
///
/// the Gi* of esda `G_Local(y, w, transform="B", star=True).Zs` with w the (asymmetric)
/// space–time neighbour lists — which is how the tests check it. p is the two-sided normal
/// p-value 2·(1 − Φ(|z|)) that ArcGIS reports for each bin. Where Gi* is 0/0 (all counts
/// equal, or a neighbourhood that is the whole cube) z = 0 and p = 1.
///
/// Cost: one pass over the bins, O(bins): each cell's spatial sum per step and a running
/// window over the steps, runs of rows in parallel; no neighbour lists are built (a
/// 500 × 500 × 52 cube is 13 million bins).
public enum SpaceTimeGetisOrd {
    /// z and two-sided p per bin, in the cube's layout.
    public struct Result: Sendable, Equatable {
        public var z: [Double]
        public var p: [Double]
    }

    /// Gi* for every bin of `cube`.
    public static func localStar(
        cube: SpaceTimeCube, contiguity: GridWeights.Contiguity = .queen, timeLag: Int
    ) throws(AnalyticsError) -> Result {
        guard timeLag >= 0 else { throw AnalyticsError("the time lag must be ≥ 0 steps, not \(timeLag)") }
        let (rows, cols, steps) = (cube.rows, cube.cols, cube.steps)
        let m = rows * cols
        let n = m * steps
        let nd = Double(n)
        var z = [Double](repeating: 0, count: n)
        var p = [Double](repeating: 1, count: n)
        guard let lo = cube.counts.min(), let hi = cube.counts.max(), lo < hi else {
            return Result(z: z, p: p)
        }
        let total = GetisOrd.sum(cube.counts)
        let mean = total / nd
        let variance = GetisOrd.sum(cube.counts.map { ($0 - mean) * ($0 - mean) }) / nd
        let sd = variance.squareRoot()
        let stats = Stats(
            rows: rows, cols: cols, steps: steps, lag: timeLag, queen: contiguity == .queen, mean: mean,
            sd: sd)
        // Runs of rows in parallel; each run walks the steps in order with its own window.
        let items = min(rows, 32)
        cube.counts.withUnsafeBufferPointer { x in
            z.withUnsafeMutableBufferPointer { zs in
                p.withUnsafeMutableBufferPointer { ps in
                    let shared = Shared(x: x, z: zs, p: ps)
                    DispatchQueue.concurrentPerform(iterations: items) { item in
                        shared.run(rows: rows * item / items..<rows * (item + 1) / items, stats)
                    }
                }
            }
        }
        return Result(z: z, p: p)
    }
}
