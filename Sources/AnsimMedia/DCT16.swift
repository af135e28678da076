import Foundation

/// The part of a 64 × 64 2-D DCT-II that PDQ keeps: frequencies 1…16 on each axis
/// (the DC term is skipped), as `B = D A Dᵀ` with the 16 × 64 matrix
/// `D[i][j] = √(2/64) · cos(π/128 · (i + 1) · (2j + 1))`.
enum DCT16 {
    /// `D`, 16 rows of 64; the scale is rounded to Float first, the product is
    /// formed in Double and rounded to Float, as the reference builds its table.
    static let matrix: [Float] = {
        let scale = Float((2.0 / 64.0).squareRoot())
        var d = [Float](repeating: 0, count: 16 * 64)
        for i in 0..<16 {
            for j in 0..<64 {
                d[i * 64 + j] = Float(Double(scale) * cos(Double.pi / 2 / 64 * Double(i + 1) * Double(2 * j + 1)))
            }
        }
        return d
    }()

    /// The 16 × 16 coefficients (row-major) of a 64 × 64 block, sums accumulated in
    /// 32-bit floats in index order.
    static func transform(_ a: [Float]) -> [Float] {
        let d = matrix
        var t = [Float](repeating: 0, count: 16 * 64)
        for i in 0..<16 {
            for j in 0..<64 {
                var sum: Float = 0
                for k in 0..<64 {
                    sum += d[i * 64 + k] * a[k * 64 + j]
                }
                t[i * 64 + j] = sum
            }
        }
        var b = [Float](repeating: 0, count: 256)
        for i in 0..<16 {
            for j in 0..<16 {
                var sum: Float = 0
                for k in 0..<64 {
                    sum += t[i * 64 + k] * d[j * 64 + k]
                }
                b[i * 16 + j] = sum
            }
        }
        return b
    }
}
