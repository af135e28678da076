extension ForecastEvaluation {
    /// Events per cell (row-major, as ``Grid/cellOf(x:y:)`` bins them: cell (row, col) holds
    /// [xmin + col·cell, xmin + (col + 1)·cell) × [ymin + row·cell, …)), and the number outside
    /// the grid. Compares in floating point before converting, so no coordinate traps.
    static func eventCounts(grid: Grid, xs: [Double], ys: [Double]) -> (counts: [Int], outside: Int) {
        var counts = [Int](repeating: 0, count: grid.count)
        var outside = 0
        let (rows, cols) = (Double(grid.rows), Double(grid.cols))
        for i in xs.indices {
            let c = ((xs[i] - grid.xmin) / grid.cell).rounded(.down)
            let r = ((ys[i] - grid.ymin) / grid.cell).rounded(.down)
            guard c >= 0, c < cols, r >= 0, r < rows else {
                outside += 1
                continue
            }
            counts[Int(r) * grid.cols + Int(c)] += 1
        }
        return (counts, outside)
    }

    /// The indices of the k highest scores, ties to the lower index (row, then col), in index
    /// order: every cell above the k-th highest score, then the cells equal to it by index
    /// until there are k. O(cells).
    static func flagged(_ k: Int, of scores: [Double]) -> [Int] {
        let threshold = kthLargest(scores, k)
        var room = k - scores.count { $0 > threshold }
        var out = [Int]()
        out.reserveCapacity(k)
        for i in scores.indices {
            if scores[i] > threshold {
                out.append(i)
            } else if scores[i] == threshold, room > 0 {
                out.append(i)
                room -= 1
            }
        }
        return out
    }

    /// n*: the most events any k cells hold — the sum of the k largest counts.
    static func bestCapture(_ k: Int, counts: [Int]) -> Int {
        counts.filter { $0 > 0 }.sorted(by: >).prefix(k).reduce(0, +)
    }

    /// The k-th largest value (1 ≤ k ≤ count, values not NaN): quickselect (Hoare 1961,
    /// "Algorithm 65: Find", CACM 4(7)) with a median-of-three pivot and a three-way partition,
    /// so runs of equal scores cost one pass; it sorts the remaining range should the pivots
    /// keep splitting badly.
    static func kthLargest(_ values: [Double], _ k: Int) -> Double {
        precondition(k >= 1 && k <= values.count, "k in 1…count")
        var a = values
        let target = k - 1
        var (lo, hi) = (0, a.count - 1)
        var rounds = 0
        while lo < hi {
            rounds += 1
            if rounds > 100 {
                a[lo...hi].sort(by: >)
                return a[target]
            }
            let (x, y, z) = (a[lo], a[lo + (hi - lo) / 2], a[hi])
            let pivot = max(min(x, y), min(max(x, y), z))
            // [lo, lt) > pivot, [lt, i) == pivot, (gt, hi] < pivot.
            var (lt, i, gt) = (lo, lo, hi)
            while i <= gt {
                if a[i] > pivot {
                    a.swapAt(lt, i)
                    lt += 1
                    i += 1
                } else if a[i] < pivot {
                    a.swapAt(i, gt)
                    gt -= 1
                } else {
                    i += 1
                }
            }
            if target < lt {
                hi = lt - 1
            } else if target > gt {
                lo = gt + 1
            } else {
                return pivot
            }
        }
        return a[target]
    }
}
