/// PDQ, Meta's perceptual image hash (ThreatExchange `pdq`, hashing.pdf): luma,
/// Jarosz tent-filter downsample to 64 × 64, the 16 × 16 lowest non-DC frequencies
/// of a 2-D DCT-II, one bit per coefficient above the median, and a quality score
/// from the image-domain gradients of the 64 × 64 downsample.
public enum PDQHasher {
    /// The smallest side the reference hashes; smaller images get hash zero, quality 0.
    public static let minimumSide = 5

    /// The hash and quality (0–100) of a decoded image.
    public static func hash(_ image: LumaImage) -> (hash: PDQHash, quality: Int) {
        guard let coefficients = dct16(image) else { return (.zero, 0) }
        return (bits(coefficients.values), coefficients.quality)
    }

    /// The hashes of the 8 dihedral variants (original, rotate 90/180/270, flip x,
    /// flip y, flip about the main and the anti diagonal), from one DCT.
    public static func dihedralHashes(_ image: LumaImage) -> (hashes: [PDQHash], quality: Int) {
        guard let coefficients = dct16(image) else { return (Array(repeating: .zero, count: 8), 0) }
        let hashes = DihedralVariant.allCases.map { bits($0.transform(coefficients.values)) }
        return (hashes, coefficients.quality)
    }

    /// The 64 × 64 downsample, its quality and its 16 × 16 DCT; nil below 5 × 5.
    static func dct16(_ image: LumaImage) -> (values: [Float], quality: Int)? {
        let rows = image.height, cols = image.width
        guard rows >= minimumSide, cols >= minimumSide else { return nil }
        let small: [Float]
        if rows == 64 && cols == 64 {
            small = image.luma
        } else {
            var buffer = image.luma
            var scratch = [Float](repeating: 0, count: buffer.count)
            JaroszFilter.blur(&buffer, &scratch, rows: rows, cols: cols)
            small = JaroszFilter.decimate(buffer, rows: rows, cols: cols)
        }
        return (DCT16.transform(small), quality(small))
    }

    /// The reference's heuristic: the sum of |Δ| × 100 / 255 (truncated) over vertical
    /// and horizontal neighbours of the 64 × 64 downsample, divided by 90, capped at 100.
    static func quality(_ small: [Float]) -> Int {
        var gradientSum = 0
        for i in 0..<63 {
            for j in 0..<64 {
                gradientSum += abs(Int((small[i * 64 + j] - small[(i + 1) * 64 + j]) * 100 / 255))
            }
        }
        for i in 0..<64 {
            for j in 0..<63 {
                gradientSum += abs(Int((small[i * 64 + j] - small[i * 64 + j + 1]) * 100 / 255))
            }
        }
        return min(gradientSum / 90, 100)
    }

    /// One bit per coefficient strictly above the median; the median is the 128th
    /// smallest of the 256 values, which is what the reference's Torben search returns.
    static func bits(_ coefficients: [Float]) -> PDQHash {
        let median = coefficients.sorted()[127]
        var hash = PDQHash.zero
        for k in 0..<256 where coefficients[k] > median {
            hash.setBit(k)
        }
        return hash
    }
}
