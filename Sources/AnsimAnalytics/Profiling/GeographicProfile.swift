import Foundation

/// A geographic profile of a crime series: a probability surface for the offender's anchor
/// point (home, work) over a ``Grid``, summing to 1, and the hit score of a known anchor.
///
/// - ``rossmo(xs:ys:grid:buffer:f:g:)``: Rossmo's criminal geographic targeting (CGT; Rossmo
///   2000, *Geographic Profiling*, CRC Press, ch. 10; Rossmo 1995, PhD thesis, Simon Fraser
///   University). With Manhattan distance dₙ from the cell centre to crime site n, buffer
///   radius B and exponents f, g:
///
///       p ∝ Σₙ [ φₙ / dₙ^f + (1 − φₙ) · B^(g−f) / (2B − dₙ)^g ],   φₙ = 1 if dₙ > B else 0
///
///   — distance decay beyond the buffer, and inside it a probability rising towards B (the
///   offender avoids offending right next to home). Rossmo used f = g = 1.2. The default B is
///   half the mean nearest-neighbour distance between the crime sites (a common choice in
///   the CGT literature, e.g. Rossmo 2000; Levine, CrimeStat IV, ch. 13).
/// - ``calibrated(xs:ys:grid:decay:)``: the journey-to-crime surface with a distance decay
///   fitted from solved cases (Levine, CrimeStat IV, ch. 13, "calibrated" journey-to-crime):
///   p ∝ Σₙ f̂(‖x − crimeₙ‖), f̂ the kernel density of solved cases' home-to-crime distances
///   (``DistanceDecay``; Euclidean distance).
///
/// Hit score (Rossmo 2000): the share of the searched area, searching cells from the
/// highest p down, up to and including the cell of the true anchor; cells tied with it
/// count as searched before it (the pessimistic reading). Lower is better; 50 % is chance.
public struct GeographicProfile: Sendable, Equatable {
    public let grid: Grid
    /// One probability per cell, row-major; Σ p = 1.
    public var p: [Double]

    /// Rossmo's CGT surface of the crime sites (xs, ys) on `grid`.
    public static func rossmo(
        xs: [Double], ys: [Double], grid: Grid, buffer: Double? = nil, f: Double = 1.2, g: Double = 1.2
    ) throws(AnalyticsError) -> GeographicProfile {
        try check(xs: xs, ys: ys)
        let b = buffer ?? defaultBuffer(xs: xs, ys: ys)
        guard b.isFinite, b > 0 else {
            throw AnalyticsError(
                "the buffer must be a positive number of metres, not \(b) (give one when all sites coincide)")
        }
        guard f.isFinite, f > 0, g.isFinite, g > 0 else { throw AnalyticsError("f and g must be positive") }
        let inside = pow(b, g - f)
        return normalised(grid: grid) { x, y in
            var s = 0.0
            for n in xs.indices {
                let d = abs(x - xs[n]) + abs(y - ys[n])
                s += d > b ? pow(d, -f) : inside * pow(2 * b - d, -g)
            }
            return s
        }
    }

    /// The journey-to-crime surface with an empirically calibrated decay.
    public static func calibrated(
        xs: [Double], ys: [Double], grid: Grid, decay: DistanceDecay
    ) throws(AnalyticsError) -> GeographicProfile {
        try check(xs: xs, ys: ys)
        let profile = normalised(grid: grid) { x, y in
            var s = 0.0
            for n in xs.indices {
                s += decay.value(at: ((x - xs[n]) * (x - xs[n]) + (y - ys[n]) * (y - ys[n])).squareRoot())
            }
            return s
        }
        guard profile.p.allSatisfy(\.isFinite) else {
            throw AnalyticsError(
                "the calibrated decay is zero over the whole grid: the crimes lie beyond every solved case's distance"
            )
        }
        return profile
    }

    /// Half the mean nearest-neighbour distance (Euclidean) between the crime sites.
    public static func defaultBuffer(xs: [Double], ys: [Double]) -> Double {
        guard xs.count > 1 else { return .nan }
        let nn = xs.indices.map { i in
            xs.indices.filter { $0 != i }.map { j in
                ((xs[i] - xs[j]) * (xs[i] - xs[j]) + (ys[i] - ys[j]) * (ys[i] - ys[j])).squareRoot()
            }.min()!
        }
        return nn.reduce(0, +) / Double(nn.count) / 2
    }

    /// Hit score in percent for an anchor at (x, y), or nil when it lies outside the grid.
    public func hitScore(x: Double, y: Double) -> Double? {
        guard let cell = grid.cellOf(x: x, y: y) else { return nil }
        let target = p[grid.index(row: cell.row, col: cell.col)]
        return 100 * Double(p.count { $0 >= target }) / Double(p.count)
    }

    private static func check(xs: [Double], ys: [Double]) throws(AnalyticsError) {
        precondition(xs.count == ys.count, "one x per y")
        guard !xs.isEmpty else { throw AnalyticsError("no crime sites in the series") }
        if let i = xs.indices.first(where: { !xs[$0].isFinite || !ys[$0].isFinite }) {
            throw AnalyticsError("crime \(i + 1) (\(xs[i]), \(ys[i])) is not a finite point")
        }
    }

    private static func normalised(grid: Grid, _ score: (Double, Double) -> Double) -> GeographicProfile {
        var p = [Double](repeating: 0, count: grid.count)
        for r in 0..<grid.rows {
            for c in 0..<grid.cols {
                let (x, y) = grid.center(row: r, col: c)
                p[grid.index(row: r, col: c)] = score(x, y)
            }
        }
        let total = GetisOrd.sum(p)
        return GeographicProfile(grid: grid, p: p.map { $0 / total })
    }
}
