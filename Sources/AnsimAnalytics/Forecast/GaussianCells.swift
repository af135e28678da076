import Foundation

/// Gaussian kernels integrated over the cells of a ``Grid`` (exact, by the normal CDF):
/// the mass of N((x, y), σ²I) that falls in a cell is a product of two differences of
/// Φ, and smoothing a cell surface by a Gaussian uses the 1-D weights
/// w(k) = Φ((k + ½)·cell/σ) − Φ((k − ½)·cell/σ), the share of a cell-centred Gaussian
/// that lands k cells away (σ = 0 leaves the surface unchanged).
enum GaussianCells {
    /// Φ, the standard normal distribution function.
    @inline(__always)
    static func phi(_ z: Double) -> Double { 0.5 * erfc(-z / 2.0.squareRoot()) }

    /// Adds `mass` × (the mass of N((x, y), σ²) in each cell) to `out`, over ±5σ.
    static func add(_ mass: Double, x: Double, y: Double, sigma: Double, grid: Grid, into out: inout [Double])
    {
        let reach = 5 * sigma + grid.cell
        let c0 = max(0, Int(((x - reach - grid.xmin) / grid.cell).rounded(.down)))
        let c1 = min(grid.cols - 1, Int(((x + reach - grid.xmin) / grid.cell).rounded(.down)))
        let r0 = max(0, Int(((y - reach - grid.ymin) / grid.cell).rounded(.down)))
        let r1 = min(grid.rows - 1, Int(((y + reach - grid.ymin) / grid.cell).rounded(.down)))
        guard c0 <= c1, r0 <= r1 else { return }
        let fx = share(from: grid.xmin, index0: c0, index1: c1, at: x, sigma: sigma, cell: grid.cell)
        let fy = share(from: grid.ymin, index0: r0, index1: r1, at: y, sigma: sigma, cell: grid.cell)
        for r in r0...r1 where fy[r - r0] > 0 {
            let m = mass * fy[r - r0]
            let base = r * grid.cols
            for c in c0...c1 { out[base + c] += m * fx[c - c0] }
        }
    }

    /// The 1-D shares of cells index0…index1 for a Gaussian at `at` (a point mass when σ = 0).
    private static func share(
        from origin: Double, index0: Int, index1: Int, at: Double, sigma: Double, cell: Double
    ) -> [Double] {
        (index0...index1).map { k in
            let lo = origin + Double(k) * cell
            let hi = lo + cell
            if sigma <= 0 { return at >= lo && at < hi ? 1 : 0 }
            return phi((hi - at) / sigma) - phi((lo - at) / sigma)
        }
    }

    /// The 1-D weights w(−K…K) for smoothing by σ on cells of `cell` metres.
    static func weights(sigma: Double, cell: Double) -> [Double] {
        guard sigma > 0 else { return [1] }
        let k = max(1, Int((5 * sigma / cell).rounded(.up)))
        return (-k...k).map {
            phi((Double($0) + 0.5) * cell / sigma) - phi((Double($0) - 0.5) * cell / sigma)
        }
    }

    /// `values` smoothed by a Gaussian of σ metres (separable; mass leaving the grid is lost).
    static func smooth(_ values: [Double], grid: Grid, sigma: Double) -> [Double] {
        let w = weights(sigma: sigma, cell: grid.cell)
        guard w.count > 1 else { return values }
        let k = w.count / 2
        var tmp = [Double](repeating: 0, count: values.count)
        for r in 0..<grid.rows {
            let base = r * grid.cols
            for c in 0..<grid.cols where values[base + c] != 0 {
                let v = values[base + c]
                for d in max(-k, -c)...min(k, grid.cols - 1 - c) { tmp[base + c + d] += v * w[d + k] }
            }
        }
        var out = [Double](repeating: 0, count: values.count)
        for r in 0..<grid.rows {
            for c in 0..<grid.cols where tmp[r * grid.cols + c] != 0 {
                let v = tmp[r * grid.cols + c]
                for d in max(-k, -r)...min(k, grid.rows - 1 - r) {
                    out[(r + d) * grid.cols + c] += v * w[d + k]
                }
            }
        }
        return out
    }
}
