import Foundation

extension KDE.Scatter {
    /// Quartic or Epanechnikov: for each point and each row of `rows` within h, the cells of
    /// the point's column window get w·K(d) at the exact distance d. With rem = h² − dy² and
    /// dx² computed once per point and column, 1 − u² = (rem − dx²)/h², clamped at 0 — so
    /// d ≥ h adds nothing, without a branch in the inner loop.
    func compact(_ rows: Range<Int>, _ s: Shared, quartic: Bool) {
        let h2 = h * h
        let invH2 = 1 / h2
        let scale = (quartic ? 3 : 2) / (Double.pi * h2)
        let cols = grid.cols
        var scratch = [Double](repeating: 0, count: cols)
        scratch.withUnsafeMutableBufferPointer { dx2 in
            centresX.withUnsafeBufferPointer { cx in
                centresY.withUnsafeBufferPointer { cy in
                    for k in s.points(reaching: rows) {
                        let (x, y, a) = (s.x[k], s.y[k], scale * s.w[k])
                        guard let rr = window(y, reach, origin: grid.ymin, count: grid.rows) else { continue }
                        let (r0, r1) = (
                            max(rr.lowerBound, rows.lowerBound), min(rr.upperBound, rows.upperBound - 1)
                        )
                        guard r0 <= r1, let cc = window(x, reach, origin: grid.xmin, count: cols) else {
                            continue
                        }
                        let (c0, width) = (cc.lowerBound, cc.count)
                        for j in 0..<width {
                            let dx = cx[c0 + j] - x
                            dx2[j] = dx * dx
                        }
                        for r in r0...r1 {
                            let dy = cy[r] - y
                            let rem = h2 - dy * dy
                            guard rem > 0 else { continue }
                            let row = s.out.baseAddress! + r * cols + c0
                            if quartic {
                                for j in 0..<width {
                                    let t = max(rem - dx2[j], 0) * invH2
                                    row[j] += a * t * t
                                }
                            } else {
                                for j in 0..<width {
                                    row[j] += a * (max(rem - dx2[j], 0) * invH2)
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Gaussian with σ = h over the cells within `reach` = 8 h in x and in y of each point:
    /// exp(−d²/2h²) = exp(−dx²/2h²)·exp(−dy²/2h²), so a point costs one exp per column and
    /// per row of its window and one multiply-add per cell.
    func gaussian(_ rows: Range<Int>, _ s: Shared) {
        let exponent = -0.5 / (h * h)
        let scale = 1 / (2 * Double.pi * h * h)
        let cols = grid.cols
        var factors = [Double](repeating: 0, count: cols)
        centresX.withUnsafeBufferPointer { cx in
            centresY.withUnsafeBufferPointer { cy in
                factors.withUnsafeMutableBufferPointer { gx in
                    for k in s.points(reaching: rows) {
                        let (x, y, a) = (s.x[k], s.y[k], scale * s.w[k])
                        guard let rr = window(y, reach, origin: grid.ymin, count: grid.rows),
                            let cc = window(x, reach, origin: grid.xmin, count: cols)
                        else { continue }
                        let (r0, r1) = (
                            max(rr.lowerBound, rows.lowerBound), min(rr.upperBound, rows.upperBound - 1)
                        )
                        guard r0 <= r1 else { continue }
                        for c in cc {
                            let dx = cx[c] - x
                            gx[c] = abs(dx) <= reach ? exp(dx * dx * exponent) : 0
                        }
                        for r in r0...r1 {
                            let dy = cy[r] - y
                            guard abs(dy) <= reach else { continue }
                            let g = a * exp(dy * dy * exponent)
                            let row = s.out.baseAddress! + r * cols
                            for c in cc { row[c] += g * gx[c] }
                        }
                    }
                }
            }
        }
    }
}
