import Dispatch
import Foundation

extension KDE {
    /// The scatter engine behind ``KDE/density(xs:ys:weights:grid:bandwidth:kernel:)``.
    ///
    /// Points are sorted (a stable counting sort) by the first grid row their window reaches
    /// into contiguous x, y, weight arrays. The rows are cut into bands; a band visits the
    /// points whose window can reach it, in that sorted order, and adds each one's kernel to
    /// its own rows only — bands never write the same cell, and every cell sums its points in
    /// the same order whatever the number of bands or threads.
    struct Scatter {
        let grid: Grid
        let kernel: KernelShape
        let h: Double
        /// Half-width of the square window a point reaches: h, or 8 h for the Gaussian.
        let reach: Double
        let centresX: [Double]
        let centresY: [Double]

        init(grid: Grid, bandwidth: Double, kernel: KernelShape) {
            self.grid = grid
            self.kernel = kernel
            h = bandwidth
            reach = bandwidth * kernel.support
            centresX = (0..<grid.cols).map { grid.center(row: 0, col: $0).x }
            centresY = (0..<grid.rows).map { grid.center(row: $0, col: 0).y }
        }

        /// The index range of the cell centres origin + (k + 0.5)·cell, k in 0..<count, within
        /// `half` of v — widened by one each side against rounding (callers test the distance)
        /// and clamped to the grid; nil when it misses the grid.
        @inline(__always)
        func window(_ v: Double, _ half: Double, origin: Double, count: Int) -> ClosedRange<Int>? {
            let lo = max(((v - half - origin) / grid.cell - 0.5).rounded(.up) - 1, 0)
            let hi = min(((v + half - origin) / grid.cell - 0.5).rounded(.down) + 1, Double(count - 1))
            return lo <= hi ? Int(lo)...Int(hi) : nil
        }

        func run(xs: [Double], ys: [Double], weights: [Double]?) -> [Double] {
            let (rows, cols) = (grid.rows, grid.cols)
            // Stable counting sort of the points that reach the grid by their first row.
            var first = [Int32](repeating: -1, count: xs.count)
            var starts = [Int](repeating: 0, count: rows + 1)
            for i in xs.indices where weights?[i] ?? 1 != 0 {
                guard let r = window(ys[i], reach, origin: grid.ymin, count: rows),
                    window(xs[i], reach, origin: grid.xmin, count: cols) != nil
                else { continue }
                first[i] = Int32(r.lowerBound)
                starts[r.lowerBound + 1] += 1
            }
            for r in 0..<rows { starts[r + 1] += starts[r] }
            let m = starts[rows]
            var px = [Double](repeating: 0, count: m)
            var py = px
            var pw = px
            var next = starts
            for i in xs.indices where first[i] >= 0 {
                let k = next[Int(first[i])]
                next[Int(first[i])] += 1
                (px[k], py[k], pw[k]) = (xs[i], ys[i], weights?[i] ?? 1)
            }
            var out = [Double](repeating: 0, count: grid.count)
            guard m > 0 else { return out }
            // A window spans at most 2·reach/cell + 3 rows.
            let span = Int(min(Double(rows), (2 * reach / grid.cell).rounded(.up) + 3))
            // ~16 bands per core (or bands of 16 rows): balanced even when points cluster; a
            // point is visited by ⌈span/band⌉ + 1 bands at most, a few adds each.
            let band = max(16, rows / (16 * ProcessInfo.processInfo.activeProcessorCount))
            let bands = (rows + band - 1) / band
            out.withUnsafeMutableBufferPointer { out in
                let shared = Shared(
                    out: out, x: px, y: py, w: pw, starts: starts, span: span)
                DispatchQueue.concurrentPerform(iterations: bands) { b in
                    let rowRange = b * band..<min(rows, (b + 1) * band)
                    switch kernel {
                    case .quartic: compact(rowRange, shared, quartic: true)
                    case .epanechnikov: compact(rowRange, shared, quartic: false)
                    case .gaussian: gaussian(rowRange, shared)
                    }
                }
            }
            return out
        }

        /// Read-only inputs and the output, shared by the bands (which write disjoint rows).
        struct Shared: @unchecked Sendable {
            let out: UnsafeMutableBufferPointer<Double>
            let x: [Double]
            let y: [Double]
            let w: [Double]
            let starts: [Int]
            let span: Int

            /// The sorted points that may reach rows `rows`: those whose first row is at most
            /// `span` − 1 rows above.
            func points(reaching rows: Range<Int>) -> Range<Int> {
                starts[max(0, rows.lowerBound - span)]..<starts[rows.upperBound]
            }
        }
    }
}
