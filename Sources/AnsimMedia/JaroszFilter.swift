/// The tent-filter downsampling PDQ uses (Jarosz 2001): box filters along rows then
/// columns, twice, then point sampling at cell centres. Every sum and quotient is a
/// 32-bit float in the reference's order, so hashes match bit for bit.
enum JaroszFilter {
    /// Number of row+column box passes (two box passes make a tent).
    static let passes = 2

    /// Box window for scaling `old` samples to `new`: half a target cell, rounded up.
    static func windowSize(old: Int, new: Int) -> Int {
        (old + 2 * new - 1) / (2 * new)
    }

    /// Blurs `buffer` (rows × cols) in place; `scratch` is the same size.
    static func blur(_ buffer: inout [Float], _ scratch: inout [Float], rows: Int, cols: Int) {
        let windowAlongRows = windowSize(old: cols, new: 64)
        let windowAlongCols = windowSize(old: rows, new: 64)
        buffer.withUnsafeMutableBufferPointer { one in
            scratch.withUnsafeMutableBufferPointer { two in
                for _ in 0..<passes {
                    for i in 0..<rows {
                        box(one.baseAddress! + i * cols, two.baseAddress! + i * cols,
                            length: cols, stride: 1, window: windowAlongRows)
                    }
                    for j in 0..<cols {
                        box(two.baseAddress! + j, one.baseAddress! + j,
                            length: rows, stride: cols, window: windowAlongCols)
                    }
                }
            }
        }
    }

    /// A centred running-mean box of `window` samples along one line; the window is
    /// clipped at both ends and the mean divides by the samples actually inside.
    static func box(
        _ input: UnsafeMutablePointer<Float>, _ output: UnsafeMutablePointer<Float>,
        length: Int, stride: Int, window: Int
    ) {
        let half = (window + 2) / 2
        let lead = half - 1
        let grow = window - half + 1
        let full = length - window
        var left = 0, right = 0, out = 0
        var sum: Float = 0
        var count = 0
        for _ in 0..<max(lead, 0) {
            sum += input[right]
            count += 1
            right += stride
        }
        for _ in 0..<max(grow, 0) {
            sum += input[right]
            count += 1
            output[out] = sum / Float(count)
            right += stride
            out += stride
        }
        for _ in 0..<max(full, 0) {
            sum += input[right]
            sum -= input[left]
            output[out] = sum / Float(count)
            left += stride
            right += stride
            out += stride
        }
        for _ in 0..<max(lead, 0) {
            sum -= input[left]
            count -= 1
            output[out] = sum / Float(count)
            left += stride
            out += stride
        }
    }

    /// Samples 64 × 64 values at the centres of a regular grid over the blurred image.
    static func decimate(_ buffer: [Float], rows: Int, cols: Int) -> [Float] {
        var out = [Float](repeating: 0, count: 64 * 64)
        for i in 0..<64 {
            let row = Int((Double(i) + 0.5) * Double(rows) / 64)
            for j in 0..<64 {
                let col = Int((Double(j) + 0.5) * Double(cols) / 64)
                out[i * 64 + j] = buffer[row * cols + col]
            }
        }
        return out
    }
}
