import Foundation

extension SpaceTimeGetisOrd {
    /// The cube's shape and global moments.
    struct Stats: Sendable {
        let rows: Int
        let cols: Int
        let steps: Int
        let lag: Int
        let queen: Bool
        let mean: Double
        let sd: Double
    }

    /// The buffers shared by the work items; each writes only the bins of its own rows.
    struct Shared: @unchecked Sendable {
        let x: UnsafeBufferPointer<Double>
        let z: UnsafeMutableBufferPointer<Double>
        let p: UnsafeMutableBufferPointer<Double>

        /// Gi* of the bins of `rows` at every step: the spatial sum of each cell (itself and its
        /// queen or rook neighbours, summed in a fixed order), a running window over the steps,
        /// then z and p.
        func run(rows range: Range<Int>, _ s: Stats) {
            let (rows, cols, m) = (s.rows, s.cols, s.rows * s.cols)
            let count = range.count * cols
            guard count > 0 else { return }
            let nd = Double(m * s.steps)
            var spatial = [Double](repeating: 0, count: count * (s.lag + 1))  // ring of lag + 1 steps
            var window = [Double](repeating: 0, count: count)
            var cells = [Double](repeating: 0, count: count)
            for r in range {
                for c in 0..<cols {
                    let v = (r > 0 ? 1 : 0) + (r < rows - 1 ? 1 : 0)
                    let h = (c > 0 ? 1 : 0) + (c < cols - 1 ? 1 : 0)
                    cells[(r - range.lowerBound) * cols + c] = Double(s.queen ? (v + 1) * (h + 1) : v + h + 1)
                }
            }
            for t in 0..<s.steps {
                let base = t * m
                let slot = (t % (s.lag + 1)) * count
                for r in range {
                    for c in 0..<cols {
                        let i = base + r * cols + c
                        var sum = x[i]
                        if c > 0 { sum += x[i - 1] }
                        if c < cols - 1 { sum += x[i + 1] }
                        if r > 0 { sum += row(i - cols, c, cols, s.queen) }
                        if r < rows - 1 { sum += row(i + cols, c, cols, s.queen) }
                        let k = (r - range.lowerBound) * cols + c
                        if t > s.lag { window[k] -= spatial[slot + k] }
                        spatial[slot + k] = sum
                        window[k] += sum
                        let w = cells[k] * Double(min(t, s.lag) + 1)
                        guard w < nd else { continue }
                        let zi =
                            (window[k] - s.mean * w) / (s.sd * ((nd * w - w * w) / (nd - 1)).squareRoot())
                        z[i] = zi
                        p[i] = erfc(abs(zi) / 2.0.squareRoot())
                    }
                }
            }
        }

        /// The cell above or below at index j (and, for queen, its left and right neighbours).
        @inline(__always)
        private func row(_ j: Int, _ c: Int, _ cols: Int, _ queen: Bool) -> Double {
            var sum = x[j]
            if queen && c > 0 { sum += x[j - 1] }
            if queen && c < cols - 1 { sum += x[j + 1] }
            return sum
        }
    }
}
