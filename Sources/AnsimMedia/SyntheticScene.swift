/// Seeded photo-like test images: a smooth random colour field, random rectangles and
/// ellipses, mild noise. Distinct seeds give unrelated images; the robustness tests
/// and `ansim bench media` use them where no image collection may be shipped.
public struct SyntheticScene {
    private var state: UInt64

    /// A generator; the same seed gives the same images.
    public init(seed: UInt64) {
        state = seed &* 0x9E37_79B9_7F4A_7C15 | 1
    }

    /// Next 64 random bits (splitmix64).
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in 0..<bound.
    public mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    /// A random 256-bit hash (for index benchmarks and tests).
    public mutating func hash() -> PDQHash { PDQHash(words: (next(), next(), next(), next())) }

    /// One image of the given size.
    public mutating func image(width: Int, height: Int) -> ImageDecoder.RGBImage {
        let gw = width / 16 + 2, gh = height / 16 + 2
        let grid = (0..<(gw * gh * 3)).map { _ in Double(below(256)) }
        var rgb = [UInt8](repeating: 0, count: width * height * 3)
        for y in 0..<height {
            let fy = Double(y) / 16, iy = Int(fy), ty = fy - Double(iy)
            for x in 0..<width {
                let fx = Double(x) / 16, ix = Int(fx), tx = fx - Double(ix)
                for c in 0..<3 {
                    func g(_ gx: Int, _ gy: Int) -> Double { grid[(gy * gw + gx) * 3 + c] }
                    let top = g(ix, iy) * (1 - tx) + g(ix + 1, iy) * tx
                    let bottom = g(ix, iy + 1) * (1 - tx) + g(ix + 1, iy + 1) * tx
                    rgb[(y * width + x) * 3 + c] = UInt8(top * (1 - ty) + bottom * ty)
                }
            }
        }
        for _ in 0..<(6 + below(8)) {
            let x0 = below(width), y0 = below(height)
            let w = 8 + below(width / 2), h = 8 + below(height / 2)
            let colour = [UInt8(below(256)), UInt8(below(256)), UInt8(below(256))]
            let ellipse = below(2) == 0
            for y in y0..<min(height, y0 + h) {
                for x in x0..<min(width, x0 + w) {
                    if ellipse {
                        let u = (Double(x - x0) + 0.5) / Double(w) * 2 - 1, v = (Double(y - y0) + 0.5) / Double(h) * 2 - 1
                        if u * u + v * v > 1 { continue }
                    }
                    for c in 0..<3 { rgb[(y * width + x) * 3 + c] = colour[c] }
                }
            }
        }
        for i in 0..<rgb.count { rgb[i] = UInt8(clamping: Int(rgb[i]) + below(7) - 3) }
        return ImageDecoder.RGBImage(width: width, height: height, rgb: rgb)
    }
}
