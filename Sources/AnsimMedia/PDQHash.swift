/// A 256-bit PDQ hash.
///
/// Bit `k` (0…255) is the comparison of DCT coefficient `(k / 16, k % 16)` with the
/// median, as in the reference `Hash256::setBit`. The reference prints its sixteen
/// 16-bit words from the highest to the lowest, so the 64-character hex text is the
/// hash read as one big-endian 256-bit number: `words.3` first, `words.0` last.
public struct PDQHash: Hashable, Sendable, CustomStringConvertible {
    /// Bits 0–63, 64–127, 128–191 and 192–255.
    public var words: (UInt64, UInt64, UInt64, UInt64)

    /// A hash from its four 64-bit words, lowest bits first.
    public init(words: (UInt64, UInt64, UInt64, UInt64)) {
        self.words = words
    }

    /// The all-zero hash (what the reference gives an image too small to hash).
    public static let zero = PDQHash(words: (0, 0, 0, 0))

    /// Parses the reference's 64-hex-character form (either case); nil otherwise.
    public init?(hex: some StringProtocol) {
        let utf8 = Array(hex.utf8)
        guard utf8.count == 64 else { return nil }
        var parts: [UInt64] = []
        for chunk in 0..<4 {
            var value: UInt64 = 0
            for byte in utf8[(chunk * 16)..<(chunk * 16 + 16)] {
                guard let digit = PDQHash.hexDigit(byte) else { return nil }
                value = value << 4 | UInt64(digit)
            }
            parts.append(value)
        }
        words = (parts[3], parts[2], parts[1], parts[0])
    }

    /// The 64 lowercase hex characters the reference prints.
    public var hex: String {
        [words.3, words.2, words.1, words.0].map { word in
            let text = String(word, radix: 16)
            return String(repeating: "0", count: 16 - text.count) + text
        }.joined()
    }

    public var description: String { hex }

    /// Bit `k`, 0…255.
    public func bit(_ k: Int) -> Bool {
        (word(k >> 6) >> UInt64(k & 63)) & 1 == 1
    }

    /// Sets bit `k`, 0…255.
    public mutating func setBit(_ k: Int) {
        let mask = UInt64(1) << UInt64(k & 63)
        switch k >> 6 {
        case 0: words.0 |= mask
        case 1: words.1 |= mask
        case 2: words.2 |= mask
        default: words.3 |= mask
        }
    }

    /// Word `i` (0…3) of the hash.
    @inline(__always)
    public func word(_ i: Int) -> UInt64 {
        switch i {
        case 0: return words.0
        case 1: return words.1
        case 2: return words.2
        default: return words.3
        }
    }

    /// The number of differing bits (0…256).
    @inline(__always)
    public func distance(to other: PDQHash) -> Int {
        (words.0 ^ other.words.0).nonzeroBitCount + (words.1 ^ other.words.1).nonzeroBitCount
            + (words.2 ^ other.words.2).nonzeroBitCount + (words.3 ^ other.words.3).nonzeroBitCount
    }

    public static func == (lhs: PDQHash, rhs: PDQHash) -> Bool {
        lhs.words == rhs.words
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(words.0)
        hasher.combine(words.1)
        hasher.combine(words.2)
        hasher.combine(words.3)
    }

    private static func hexDigit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
