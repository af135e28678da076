extension Knox {
    /// The pairs of events closer in space than a radius, found through a uniform grid
    /// index, over the events relabelled in the index's order (nearby events get nearby
    /// labels, which keeps the permutation loops in cache).
    ///
    /// Stored in compressed rows: the partners b > a of event a are
    /// `partners[offsets[a]..<offsets[a + 1]]`, and with `edges` given, `bands[e]` is the
    /// first edge k with d² ≤ edges[k]² for pair e.
    struct Pairs {
        /// Relabelled event → input index.
        var order: [Int] = []
        var offsets: [Int] = [0]
        var partners: [Int32] = []
        var bands: [UInt8] = []

        /// The most pairs kept in memory (5 bytes each): 400 million, 2 GB.
        static let limit = 400_000_000

        var count: Int { partners.count }

        /// Pairs with d² ≤ radius², d² = Δx² + Δy². With `edges` (ascending, last = radius),
        /// each pair also gets its band.
        init(xs: [Double], ys: [Double], radius: Double, edges: [Double] = []) throws(AnalyticsError) {
            let n = xs.count
            guard n > 1 else {
                order = Array(0..<n)
                offsets = [Int](repeating: 0, count: n + 1)
                return
            }
            let (x0, x1) = (xs.min()!, xs.max()!)
            let (y0, y1) = (ys.min()!, ys.max()!)
            guard (x1 - x0).isFinite, (y1 - y0).isFinite else {
                throw AnalyticsError("the events span more than the largest double: check the coordinates")
            }
            // Index cells at least the radius wide, at most 2048 × 2048 of them.
            var size = max(radius, (x1 - x0) / 2048, (y1 - y0) / 2048)
            if !(size > 0) { size = 1 }
            let nx = min(Int((x1 - x0) / size) + 1, 2049)
            let ny = min(Int((y1 - y0) / size) + 1, 2049)
            func cell(_ i: Int) -> (Int, Int) {
                (min(Int((xs[i] - x0) / size), nx - 1), min(Int((ys[i] - y0) / size), ny - 1))
            }
            var starts = [Int](repeating: 0, count: nx * ny + 1)
            for i in 0..<n {
                let (cx, cy) = cell(i)
                starts[cy * nx + cx + 1] += 1
            }
            for k in 0..<(nx * ny) { starts[k + 1] += starts[k] }
            var next = starts
            order = [Int](repeating: 0, count: n)
            for i in 0..<n {
                let (cx, cy) = cell(i)
                order[next[cy * nx + cx]] = i
                next[cy * nx + cx] += 1
            }
            let px = order.map { xs[$0] }
            let py = order.map { ys[$0] }
            let r2 = radius * radius
            let squaredEdges = edges.map { $0 * $0 }
            offsets = [Int](repeating: 0, count: n + 1)
            for a in 0..<n {
                let (cx, cy) = cell(order[a])
                for gy in max(cy - 1, 0)...min(cy + 1, ny - 1) {
                    for gx in max(cx - 1, 0)...min(cx + 1, nx - 1) {
                        let k = gy * nx + gx
                        for b in max(starts[k], a + 1)..<max(starts[k + 1], a + 1) {
                            let dx = px[b] - px[a]
                            let dy = py[b] - py[a]
                            let d2 = dx * dx + dy * dy
                            guard d2 <= r2 else { continue }
                            partners.append(Int32(b))
                            if !squaredEdges.isEmpty {
                                var band = 0
                                while d2 > squaredEdges[band] { band += 1 }
                                bands.append(UInt8(band))
                            }
                        }
                    }
                }
                guard partners.count <= Self.limit else {
                    throw AnalyticsError(
                        "more than \(Self.limit) pairs of events lie within \(radius) m of each other; "
                            + "use a smaller distance or fewer events")
                }
                offsets[a + 1] = partners.count
            }
        }
    }
}
