import AnsimGeo

extension SparseWeights {
    /// Binary distance-band weights on points: i and j (i ≠ j) are neighbours when their
    /// Euclidean distance is at most `threshold` (metres, in a projected CRS) — libpysal 4.14
    /// `DistanceBand(points, threshold, binary=True)`, which compares √(dx² + dy²) ≤ threshold
    /// through scipy's KD-tree; here dx² + dy² ≤ threshold² (the same pairs but for distances
    /// within rounding of the threshold).
    ///
    /// One difference: two points at the same place (distance 0) are neighbours here; libpysal
    /// drops them, because its sparse distance matrix cannot hold a stored zero. Points with no
    /// other point within the band are islands (libpysal warns; see ``SparseWeights``).
    ///
    /// Points are hashed into square buckets of side `threshold`, so each point is compared
    /// with the points of its own and the 8 surrounding buckets only: O(n + pairs in the band),
    /// not O(n²). Throws naming the first observation whose coordinates are not finite, or a
    /// threshold that is not a positive finite number.
    public static func distanceBand(
        xs: [Double], ys: [Double], threshold: Double, ids: [String] = []
    ) throws(AnalyticsError) -> SparseWeights {
        precondition(xs.count == ys.count, "one x and one y per point")
        precondition(ids.isEmpty || ids.count == xs.count, "one id per point")
        guard threshold > 0, threshold.isFinite else {
            throw AnalyticsError(
                "distance band: the threshold must be a positive number of metres, not \(threshold)")
        }
        let name = { (i: Int) in ids.isEmpty ? "observation \(i)" : "observation \(i) (id \(ids[i]))" }
        let n = xs.count
        for i in 0..<n where !(xs[i].isFinite && ys[i].isFinite) {
            throw AnalyticsError("distance band: \(name(i)) is at (\(xs[i]), \(ys[i])), not a finite point")
        }
        guard n > 0 else { return try SparseWeights(neighbours: [], ids: ids) }
        let (x0, y0) = (xs.min()!, ys.min()!)
        let span = max(xs.max()! - x0, ys.max()! - y0) / threshold
        guard span < 1e9 else {
            throw AnalyticsError(
                "distance band: the points span \(span) thresholds; use a threshold above \(threshold)")
        }
        // Bucket (bx, by) of each point; points sorted by bucket; bucket → range of that order.
        let key = { (i: Int) -> Int64 in
            (Int64((xs[i] - x0) / threshold) << 32) | Int64((ys[i] - y0) / threshold)
        }
        let keys = (0..<n).map(key)
        let order = (0..<n).sorted { (keys[$0], $0) < (keys[$1], $1) }
        var buckets: [Int64: Range<Int>] = [:]
        var start = 0
        for k in 1...n where k == n || keys[order[k]] != keys[order[start]] {
            buckets[keys[order[start]]] = start..<k
            start = k
        }
        let t2 = threshold * threshold
        var lists = [[Int]](repeating: [], count: n)
        for i in 0..<n {
            let (bx, by) = (keys[i] >> 32, keys[i] & 0xFFFF_FFFF)
            for dx: Int64 in -1...1 {
                for dy: Int64 in -1...1 {
                    guard bx + dx >= 0, by + dy >= 0, let range = buckets[((bx + dx) << 32) | (by + dy)]
                    else {
                        continue
                    }
                    for j in order[range] where j != i {
                        let (ex, ey) = (xs[j] - xs[i], ys[j] - ys[i])
                        if ex * ex + ey * ey <= t2 { lists[i].append(j) }
                    }
                }
            }
        }
        return try SparseWeights(neighbours: lists, ids: ids)
    }

    /// Distance-band weights on areas, between their centroids (GEOS `GEOSGetCentroid`, the
    /// centre of mass of the polygon): libpysal `DistanceBand.from_dataframe`, which uses
    /// `geometry.centroid` on polygons. Each geometry must be non-empty; messages name the
    /// observation.
    public static func distanceBand(
        centroidsOf areas: [Geometry], threshold: Double, ids: [String] = []
    ) throws(AnalyticsError) -> SparseWeights {
        var xs: [Double] = []
        var ys: [Double] = []
        for (i, area) in areas.enumerated() {
            let label = ids.isEmpty ? "observation \(i)" : "observation \(i) (id \(ids[i]))"
            guard let c = try? area.centroid(), let p = c.point else {
                throw AnalyticsError("distance band: \(label) has no centroid (an empty geometry)")
            }
            xs.append(p.x)
            ys.append(p.y)
        }
        return try distanceBand(xs: xs, ys: ys, threshold: threshold, ids: ids)
    }
}
