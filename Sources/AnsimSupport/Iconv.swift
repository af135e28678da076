import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A streaming text-encoding converter over the C library's iconv.
///
/// Input may arrive in chunks: a multi-byte character cut at a chunk's end is carried
/// over to the next call. Invalid input is either replaced (U+FFFD when converting to
/// UTF-8, "?" otherwise) and counted, or reported as an error.
public final class Iconv {
    public let from: String
    public let to: String
    private let descriptor: iconv_t
    private var carry: [UInt8] = []
    /// Invalid sequences replaced so far.
    public private(set) var replacements = 0

    /// What to do with bytes that are not text in `from`, or characters `to` lacks.
    public enum Invalid: Sendable { case replace, fail }

    public init(from: String, to: String) throws {
        self.from = from
        self.to = to
        let cd = iconv_open(to, from)
        guard let cd, cd != iconv_t(bitPattern: -1) else {
            throw AnsimError("iconv cannot convert \(from) to \(to) on this system")
        }
        descriptor = cd
    }

    deinit { iconv_close(descriptor) }

    /// Converts `input` (after any bytes carried over); with `final`, an incomplete
    /// trailing sequence counts as invalid instead of being carried.
    public func convert(_ input: ArraySlice<UInt8>, final: Bool, invalid: Invalid = .replace) throws
        -> [UInt8]
    {
        var source = carry + input
        carry = []
        var output = [UInt8](repeating: 0, count: source.count * 2 + 16)
        var produced = 0
        var consumed = 0
        let replacement: [UInt8] = to.uppercased().hasPrefix("UTF-8") ? [0xEF, 0xBF, 0xBD] : [0x3F]
        while consumed < source.count {
            var inLeft = source.count - consumed
            var outLeft = output.count - produced
            let (status, error) = source.withUnsafeMutableBufferPointer { src in
                output.withUnsafeMutableBufferPointer { dst in
                    var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(
                        src.baseAddress! + consumed
                    )
                    .assumingMemoryBound(to: CChar.self)
                    var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(
                        dst.baseAddress! + produced
                    )
                    .assumingMemoryBound(to: CChar.self)
                    let r = iconv(descriptor, &inPtr, &inLeft, &outPtr, &outLeft)
                    return (r, errno)
                }
            }
            consumed = source.count - inLeft
            produced = output.count - outLeft
            if status != Int(bitPattern: UInt(bitPattern: -1)) { break }
            if error == E2BIG {
                output += [UInt8](repeating: 0, count: output.count)
                continue
            }
            if error == EINVAL && !final {
                carry = Array(source[consumed...])
                break
            }
            if invalid == .fail {
                let bad = String(decoding: source[consumed..<min(consumed + 4, source.count)], as: UTF8.self)
                throw AnsimError(
                    "cannot convert \"\(bad.prefix(1))\" from \(from) to \(to) (byte \(consumed))")
            }
            replacements += 1
            if output.count - produced < replacement.count { output += [UInt8](repeating: 0, count: 64) }
            for (k, b) in replacement.enumerated() { output[produced + k] = b }
            produced += replacement.count
            consumed += 1
        }
        source.removeAll()
        return Array(output[0..<produced])
    }

    /// Converts a whole text at once.
    public static func convert(_ input: [UInt8], from: String, to: String, invalid: Invalid = .fail) throws
        -> [UInt8]
    {
        try Iconv(from: from, to: to).convert(input[...], final: true, invalid: invalid)
    }
}
