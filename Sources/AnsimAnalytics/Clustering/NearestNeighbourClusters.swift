import Foundation

/// First-order nearest-neighbour clusters of incidents, after CrimeStat's nearest-neighbour
/// hierarchical clustering (NNH; Levine 2015, CrimeStat IV, ch. 7): two incidents are linked
/// when they are closer than a threshold distance — by default the lower confidence limit of
/// the nearest-neighbour distance expected under complete spatial randomness,
///
///     d_t = 0.5·√(A/n) − z₁₋ₚ · 0.26136·√(A/n²)      (Clark & Evans 1954; one-sided p)
///
/// so that a pair that close is unlikely by chance — and a cluster is a connected group of
/// linked incidents (single linkage) of at least `minimumPoints`. This is single linkage at
/// CrimeStat's threshold; CrimeStat's own grouping routine and its higher-order clusters
/// (clusters of clusters) are not reproduced. Each cluster comes with its convex hull and
/// its standard deviational ellipse (``ConvexHull``, ``DeviationalEllipse``).
public enum NearestNeighbourClusters {
    public struct Cluster: Sendable {
        /// Indices of the member incidents, increasing.
        public var members: [Int]
        public var hull: [(x: Double, y: Double)]
        public var ellipse: DeviationalEllipse
    }

    /// The threshold distance for `n` points in area `area` at one-sided probability `p`.
    public static func threshold(n: Int, area: Double, p: Double) -> Double {
        // Φ⁻¹(1 − p) by bisection on erfc (monotone; 60 halvings reach double precision).
        var (lo, hi) = (-10.0, 10.0)
        for _ in 0..<100 {
            let mid = (lo + hi) / 2
            if 0.5 * erfc(mid / 2.0.squareRoot()) > p { lo = mid } else { hi = mid }
        }
        let nd = Double(n)
        return 0.5 * (area / nd).squareRoot() - (lo + hi) / 2 * 0.26136 * (area / (nd * nd)).squareRoot()
    }

    /// Clusters of the points at `distance`, largest first (ties by first member).
    public static func clusters(
        xs: [Double], ys: [Double], distance: Double, minimumPoints: Int
    ) throws(AnalyticsError) -> [Cluster] {
        guard distance.isFinite, distance > 0 else {
            throw AnalyticsError("the linking distance must be positive, not \(distance)")
        }
        guard minimumPoints >= 2 else { throw AnalyticsError("a cluster needs at least 2 points") }
        if let i = xs.indices.first(where: { !xs[$0].isFinite || !ys[$0].isFinite }) {
            throw AnalyticsError("point \(i + 1) (\(xs[i]), \(ys[i])) is not a finite point")
        }
        var parent = Array(xs.indices)
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }
            return i
        }
        let order = xs.indices.sorted { xs[$0] < xs[$1] }
        for a in order.indices {
            var b = a + 1
            while b < order.count && xs[order[b]] - xs[order[a]] < distance {
                let (i, j) = (order[a], order[b])
                if PairCounts.distance(xs[i] - xs[j], ys[i] - ys[j]) < distance {
                    let (ri, rj) = (root(i), root(j))
                    if ri != rj { parent[max(ri, rj)] = min(ri, rj) }
                }
                b += 1
            }
        }
        var groups: [Int: [Int]] = [:]
        for i in xs.indices { groups[root(i), default: []].append(i) }
        return groups.values.filter { $0.count >= minimumPoints }
            .sorted { $0.count > $1.count || ($0.count == $1.count && $0[0] < $1[0]) }
            .map { members in
                let mx = members.map { xs[$0] }
                let my = members.map { ys[$0] }
                return Cluster(
                    members: members, hull: ConvexHull.of(xs: mx, ys: my),
                    ellipse: DeviationalEllipse.of(xs: mx, ys: my))
            }
    }
}
