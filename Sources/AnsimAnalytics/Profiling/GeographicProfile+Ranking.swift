import Foundation

/// One point ranked by a geographic profile: its position in the input, the surface value
/// of its cell and the share of the area searched before reaching that cell.
public struct ProfileRank: Sendable, Equatable {
    /// The point's index in the arrays given to ``GeographicProfile/rank(xs:ys:)``.
    public let index: Int
    /// p of the point's cell (the surface sums to 1 over the grid).
    public let p: Double
    /// Percentage of the grid's cells with p at least the point's (the hit score the point
    /// would have as the anchor; ties counted as searched).
    public let searched: Double
}

extension GeographicProfile {
    /// Ranks points (e.g. registered addresses) by the surface value of the cell they lie
    /// in, highest first; ties keep the input order. Points outside the grid, or not
    /// finite, are left out and counted in `outside`.
    ///
    /// This is Rossmo's use of the profile (Rossmo 2000, ch. 11): prioritising suspects by
    /// where they live, searching addresses in the order of the surface.
    public func rank(xs: [Double], ys: [Double]) -> (ranks: [ProfileRank], outside: Int) {
        precondition(xs.count == ys.count, "one x per y")
        var inside: [(index: Int, p: Double)] = []
        inside.reserveCapacity(xs.count)
        for i in xs.indices {
            guard xs[i].isFinite, ys[i].isFinite, let cell = grid.cellOf(x: xs[i], y: ys[i]) else { continue }
            inside.append((i, p[grid.index(row: cell.row, col: cell.col)]))
        }
        // Share of cells with p ≥ v, for each distinct v, from the sorted surface.
        let sorted = p.sorted(by: >)
        func searched(_ v: Double) -> Double {
            // number of cells with p >= v: the first index in `sorted` whose value < v.
            var lo = 0
            var hi = sorted.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if sorted[mid] >= v { lo = mid + 1 } else { hi = mid }
            }
            return 100 * Double(lo) / Double(sorted.count)
        }
        let ranks = inside.sorted { a, b in a.p != b.p ? a.p > b.p : a.index < b.index }
            .map { ProfileRank(index: $0.index, p: $0.p, searched: searched($0.p)) }
        return (ranks, xs.count - inside.count)
    }
}
