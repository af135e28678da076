import Foundation

/// The near-repeat space–time table of Ratcliffe's Near Repeat Calculator (Ratcliffe 2009,
/// Near Repeat Calculator v1.3, Temple University / National Institute of Justice; Ratcliffe
/// & Rengert 2008, "Near-repeat patterns in Philadelphia shootings", Security Journal 21:
/// 58–76; after Johnson et al. 2007, Journal of Quantitative Criminology 23: 201–219): the
/// Knox test (Knox 1964) repeated over bands of distance × bands of time.
///
/// Space bands, in metres: optionally "same location" [0, 0], then [0, D] (or (0, D]),
/// (D, 2D], …, ((k − 1)D, kD], and "more than kD". Time bands: [0, T], (T, 2T], …,
/// ((m − 1)T, mT], and "more than mT" — so with T = 14 days, "0 to 14 days", "15 to 28",
/// … as the calculator prints them for whole days. Distances compare as d² ≤ edge², times as
/// |Δt| ≤ edge, exactly as ``Knox/test(xs:ys:ts:distance:time:permutations:seed:)``: the
/// first time band summed over the space bands up to D is its statistic for (D, T).
///
/// For every cell of the table: the observed number of pairs, the expected number (the mean
/// over permutations of the times among the events, the locations fixed), the Knox ratio
/// observed/expected, and the Monte Carlo p = (1 + #{permutations ≥ observed})/(P + 1).
/// Pairs farther apart than kD are never enumerated: the number of pairs in each time band
/// does not change when times are permuted, so that row is the time band's total minus the
/// rows above it.
public enum NearRepeat {
    /// The near-repeat table of events at (xs, ys), times ts (e.g. days). `spaceBands` ≥ 1
    /// bands of `spaceBandwidth` metres (plus "same location" first when `sameLocation`, and
    /// the open last band), `timeBands` ≥ 1 bands of `timeBandwidth` (plus the open last band).
    /// Throws ``AnalyticsError`` as ``Knox/test(xs:ys:ts:distance:time:permutations:seed:)``
    /// does, and for bandwidths that are not positive or band counts outside 1…100.
    public static func table(
        xs: [Double], ys: [Double], ts: [Double], spaceBandwidth: Double, spaceBands: Int,
        timeBandwidth: Double, timeBands: Int, sameLocation: Bool = true, permutations: Int = 999,
        seed: UInt64 = 0
    ) throws(AnalyticsError) -> Table {
        try Knox.validate(xs: xs, ys: ys, ts: ts, permutations: permutations)
        for (name, v) in [("space", spaceBandwidth), ("time", timeBandwidth)] where !(v.isFinite && v > 0) {
            throw AnalyticsError("near-repeat: the \(name) bandwidth is \(v); it must be a positive number")
        }
        for (name, k) in [("space", spaceBands), ("time", timeBands)] where !(1...100).contains(k) {
            throw AnalyticsError("near-repeat: \(k) \(name) bands; between 1 and 100 are allowed")
        }
        let close = (sameLocation ? [0] : []) + (1...spaceBands).map { Double($0) * spaceBandwidth }
        let timeEdges = (1...timeBands).map { Double($0) * timeBandwidth }
        let pairs = try Knox.Pairs(xs: xs, ys: ys, radius: close.last!, edges: close)
        let times = pairs.order.map { ts[$0] }
        // Pairs per time band over all pairs, invariant under permutation.
        let n = xs.count
        let cumulative = Knox.pairsWithin(sortedTimes: ts.sorted(), timeEdges) + [n * (n - 1) / 2]
        let totals = cumulative.indices.map { $0 == 0 ? cumulative[0] : cumulative[$0] - cumulative[$0 - 1] }
        // Pairs per space band, fixed by the locations.
        var rowTotals = [Int](repeating: 0, count: close.count)
        for band in pairs.bands { rowTotals[Int(band)] += 1 }
        let rows = close.count + 1
        let cols = timeEdges.count + 1
        let count: @Sendable (UnsafeBufferPointer<Double>, UnsafeMutableBufferPointer<Int>) -> Void = {
            [rowTotals] t, out in
            tally(pairs, t, timeEdges: timeEdges, rowTotals: rowTotals, totals: totals, into: out)
        }
        var observed = [Int](repeating: 0, count: rows * cols)
        times.withUnsafeBufferPointer { t in
            observed.withUnsafeMutableBufferPointer {
                tally(pairs, t, timeEdges: timeEdges, rowTotals: rowTotals, totals: totals, into: $0)
            }
        }
        let tallies = Knox.Permutations(
            times: times, permutations: permutations, seed: seed, cells: rows * cols
        )
        .run(count)
        let summary = Knox.Permutations.summary(tallies, observed: observed, permutations: permutations)
        return Table(
            spaceEdges: close + [.infinity], timeEdges: timeEdges + [.infinity], observed: observed,
            expected: summary.expected, p: summary.p, permutations: permutations, seed: seed)
    }

    /// Counts the pairs of each (space band, time band) cell for times `t` (relabelled order).
    /// Only pairs within the last time edge are classified; the open last time column is the
    /// row's total (`rowTotals`, fixed by the locations) minus the other columns, and the open
    /// last space row is the time band's total (`totals`, fixed by the times) minus the rows
    /// above it.
    static func tally(
        _ pairs: Knox.Pairs, _ t: UnsafeBufferPointer<Double>, timeEdges: [Double], rowTotals: [Int],
        totals: [Int], into out: UnsafeMutableBufferPointer<Int>
    ) {
        let m = timeEdges.count
        let cols = m + 1
        let inverse = 1 / timeEdges[0]
        let (top, last) = (Double(m - 1), timeEdges[m - 1])
        out.update(repeating: 0)
        pairs.offsets.withUnsafeBufferPointer { offsets in
            pairs.partners.withUnsafeBufferPointer { partners in
                pairs.bands.withUnsafeBufferPointer { bands in
                    // Edges padded with −∞ so that band j holds edge[j] < d ≤ edge[j + 1].
                    let padded = [-Double.infinity] + timeEdges
                    padded.withUnsafeBufferPointer { edge in
                        for a in 0..<t.count {
                            let ta = t[a]
                            for e in offsets[a]..<offsets[a + 1] {
                                let d = abs(t[Int(partners[e])] - ta)
                                guard d <= last else { continue }
                                // Estimate j = ⌊d/T⌋, then correct the rounding by one step.
                                var j = Int(min(d * inverse, top))
                                j -= d <= edge[j] ? 1 : 0
                                j += d > edge[j + 1] ? 1 : 0
                                out[Int(bands[e]) * cols + j] += 1
                            }
                        }
                    }
                }
            }
        }
        for r in rowTotals.indices {
            var inBands = 0
            for j in 0..<m { inBands += out[r * cols + j] }
            out[r * cols + m] = rowTotals[r] - inBands
        }
        let lastRow = out.count - cols
        for j in 0..<cols {
            var close = 0
            for r in stride(from: j, to: lastRow, by: cols) { close += out[r] }
            out[lastRow + j] = totals[j] - close
        }
    }
}
