/// The eight symmetries of the square. Rotating or flipping an image only permutes
/// and negates its DCT coefficients (cosine parity), so PDQ hashes all eight
/// variants from one transform.
public enum DihedralVariant: Int, CaseIterable, Sendable {
    case original, rotate90, rotate180, rotate270, flipX, flipY, flipPlus1, flipMinus1

    /// The 16 × 16 coefficients (row-major) of the transformed image.
    func transform(_ a: [Float]) -> [Float] {
        var b = [Float](repeating: 0, count: 256)
        for i in 0..<16 {
            for j in 0..<16 {
                let value = a[i * 16 + j]
                switch self {
                case .original: b[i * 16 + j] = value
                case .rotate90: b[j * 16 + i] = j & 1 == 1 ? value : -value
                case .rotate180: b[i * 16 + j] = (i + j) & 1 == 1 ? -value : value
                case .rotate270: b[j * 16 + i] = i & 1 == 1 ? value : -value
                case .flipX: b[i * 16 + j] = i & 1 == 1 ? value : -value
                case .flipY: b[i * 16 + j] = j & 1 == 1 ? value : -value
                case .flipPlus1: b[j * 16 + i] = value
                case .flipMinus1: b[j * 16 + i] = (i + j) & 1 == 1 ? -value : value
                }
            }
        }
        return b
    }
}
