/// Counting pairs of points closer than given distances, by a sweep along x: points sorted
/// by x, each compared only with those within the largest distance in x. Exact; O(n log n +
/// pairs within the largest distance).
enum PairCounts {
    /// For sorted ascending `distances` d₀ < d₁ < …, the number of unordered pairs i < j of
    /// one layer with ‖pᵢ − pⱼ‖ < dₖ (strictly, as pointpats), for every k.
    static func within(xs: [Double], ys: [Double], distances: [Double]) -> [Int] {
        let order = xs.indices.sorted { xs[$0] < xs[$1] }
        let sx = order.map { xs[$0] }
        let sy = order.map { ys[$0] }
        var bins = [Int](repeating: 0, count: distances.count)
        guard let dmax = distances.last else { return [] }
        for i in sx.indices {
            var j = i + 1
            while j < sx.count && sx[j] - sx[i] < dmax {
                let dy = sy[j] - sy[i]
                if abs(dy) < dmax { record(distance(sx[j] - sx[i], dy), distances, &bins) }
                j += 1
            }
        }
        return cumulative(bins)
    }

    /// The number of ordered pairs (a in A, b in B) with ‖a − b‖ < dₖ, for every k.
    static func cross(
        xs: [Double], ys: [Double], otherXs: [Double], otherYs: [Double], distances: [Double]
    ) -> [Int] {
        let order = otherXs.indices.sorted { otherXs[$0] < otherXs[$1] }
        let bx = order.map { otherXs[$0] }
        let by = order.map { otherYs[$0] }
        var bins = [Int](repeating: 0, count: distances.count)
        guard let dmax = distances.last else { return [] }
        for i in xs.indices {
            // First b with bx > xs[i] − dmax (binary search).
            var (lo, hi) = (0, bx.count)
            while lo < hi {
                let mid = (lo + hi) / 2
                if bx[mid] <= xs[i] - dmax { lo = mid + 1 } else { hi = mid }
            }
            var j = lo
            while j < bx.count && bx[j] - xs[i] < dmax {
                let dy = by[j] - ys[i]
                if abs(dy) < dmax { record(distance(bx[j] - xs[i], dy), distances, &bins) }
                j += 1
            }
        }
        return cumulative(bins)
    }

    @inline(__always)
    static func distance(_ dx: Double, _ dy: Double) -> Double { (dx * dx + dy * dy).squareRoot() }

    /// Adds one pair at distance d to the first band k with d < dₖ.
    @inline(__always)
    private static func record(_ d: Double, _ distances: [Double], _ bins: inout [Int]) {
        for k in distances.indices where d < distances[k] {
            bins[k] += 1
            return
        }
    }

    private static func cumulative(_ bins: [Int]) -> [Int] {
        var total = 0
        return bins.map {
            total += $0; return total
        }
    }
}
