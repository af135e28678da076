/// The Knox test for space–time interaction (Knox 1964, "The detection of space-time
/// interactions", Journal of the Royal Statistical Society C 13(1): 25–30), with the Monte
/// Carlo significance used in near-repeat studies of crime (Johnson et al. 2007, "Space–time
/// patterns of risk: a cross national assessment of residential burglary victimization",
/// Journal of Quantitative Criminology 23: 201–219; Ratcliffe & Rengert 2008, "Near-repeat
/// patterns in Philadelphia shootings", Security Journal 21: 58–76).
///
/// Of the n(n − 1)/2 pairs of events, the statistic X counts those close in space,
/// d ≤ D with d² = Δx² + Δy², and in time, |Δt| ≤ T (both bounds inclusive). Under no
/// interaction the times are exchangeable among the locations, so X is compared with its
/// value when the times are randomly permuted among the events, the locations fixed:
///
///     expected = mean of X over the permutations
///     p = (1 + #{permutations with X ≥ observed}) / (permutations + 1)
///
/// (one-sided: near-repeats raise X). The exact mean of X under permutation is
/// S·T/P — S pairs close in space, T close in time, P all pairs — reported as
/// ``Result/analyticExpected``.
///
/// Pairs close in space are found once through a grid index (O(n + S) rather than O(n²));
/// each permutation then checks only those S pairs, and permutations run in parallel, each
/// with its own random stream seeded by (seed, permutation number): the same seed gives the
/// same result on any machine or number of cores.
public enum Knox {
    /// The Knox test of events at (xs, ys) and times ts (any unit, e.g. days; `time` in the
    /// same unit). Throws ``AnalyticsError`` for arrays of different lengths, non-finite
    /// values, a negative or non-finite distance or time, fewer than one permutation, or more
    /// than ``Pairs/limit`` pairs within `distance`.
    public static func test(
        xs: [Double], ys: [Double], ts: [Double], distance: Double, time: Double,
        permutations: Int = 999, seed: UInt64 = 0
    ) throws(AnalyticsError) -> Result {
        try validate(xs: xs, ys: ys, ts: ts, permutations: permutations)
        guard distance.isFinite, distance >= 0 else {
            throw AnalyticsError("Knox: the distance is \(distance); it must be a non-negative number")
        }
        guard time.isFinite, time >= 0 else {
            throw AnalyticsError("Knox: the time is \(time); it must be a non-negative number")
        }
        let pairs = try Pairs(xs: xs, ys: ys, radius: distance)
        let times = pairs.order.map { ts[$0] }
        let count: @Sendable (UnsafeBufferPointer<Double>, UnsafeMutableBufferPointer<Int>) -> Void = {
            t, out in
            out[0] = closeInTime(pairs, t, within: time)
        }
        let observed = times.withUnsafeBufferPointer { closeInTime(pairs, $0, within: time) }
        let tallies = Permutations(times: times, permutations: permutations, seed: seed, cells: 1).run(count)
        let summary = Permutations.summary(tallies, observed: [observed], permutations: permutations)
        let n = xs.count
        return Result(
            observed: observed, expected: summary.expected[0], p: summary.p[0],
            pairs: n * (n - 1) / 2, spacePairs: pairs.count,
            timePairs: pairsWithin(sortedTimes: ts.sorted(), [time])[0],
            permutations: permutations, seed: seed)
    }

    /// Checks lengths, finiteness and the number of permutations (shared with ``NearRepeat``).
    static func validate(xs: [Double], ys: [Double], ts: [Double], permutations: Int) throws(AnalyticsError) {
        guard xs.count == ys.count, xs.count == ts.count else {
            throw AnalyticsError(
                "Knox: \(xs.count) x, \(ys.count) y and \(ts.count) t values; one each per event")
        }
        if let i = xs.indices.first(where: { !xs[$0].isFinite || !ys[$0].isFinite || !ts[$0].isFinite }) {
            throw AnalyticsError(
                "Knox: event \(i + 1) is (\(xs[i]), \(ys[i]), t \(ts[i])), not three finite numbers")
        }
        guard permutations >= 1 else {
            throw AnalyticsError("Knox: \(permutations) permutations; at least 1 is needed")
        }
    }

    /// The number of space-close pairs whose times (in relabelled order) are within `time`.
    @inline(__always)
    static func closeInTime(_ pairs: Pairs, _ t: UnsafeBufferPointer<Double>, within time: Double) -> Int {
        pairs.offsets.withUnsafeBufferPointer { offsets in
            pairs.partners.withUnsafeBufferPointer { partners in
                var total = 0
                for a in 0..<t.count {
                    let ta = t[a]
                    for e in offsets[a]..<offsets[a + 1] {
                        total &+= abs(t[Int(partners[e])] - ta) <= time ? 1 : 0
                    }
                }
                return total
            }
        }
    }

    /// For each bound e (ascending), the number of pairs with |Δt| ≤ e: two pointers over the
    /// sorted times, O(n) per bound.
    static func pairsWithin(sortedTimes t: [Double], _ bounds: [Double]) -> [Int] {
        bounds.map { e in
            var total = 0
            var lo = 0
            for hi in t.indices {
                while t[hi] - t[lo] > e { lo += 1 }
                total += hi - lo
            }
            return total
        }
    }
}
