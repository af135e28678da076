import AnsimSupport
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Converts a stream of CP949 bytes to UTF-8 with iconv, chunk by chunk.
///
/// A multi-byte character split across two chunks is carried over to the next call.
/// Bytes that are not CP949 are replaced by U+FFFD and counted, so the caller can
/// quarantine the rows they fall in rather than lose them silently.
final class CP949Transcoder {
    private let descriptor: iconv_t
    private var carry: [UInt8] = []
    /// Invalid byte sequences met so far.
    private(set) var invalidSequences = 0

    init() throws {
        let cd = iconv_open("UTF-8", "CP949")
        guard let cd, cd != iconv_t(bitPattern: -1) else {
            throw AnsimError("iconv cannot convert CP949 to UTF-8 on this system")
        }
        descriptor = cd
    }

    deinit { iconv_close(descriptor) }

    /// Converts `input` (appended to any carried-over bytes); with `final`, an incomplete
    /// trailing sequence is replaced instead of carried.
    func convert(_ input: ArraySlice<UInt8>, final: Bool) -> [UInt8] {
        var source = carry + input
        carry = []
        var output = [UInt8](repeating: 0, count: source.count * 2 + 16)
        var produced = 0
        var consumed = 0
        while consumed < source.count {
            var inLeft = source.count - consumed
            var outLeft = output.count - produced
            let status = source.withUnsafeMutableBufferPointer { src in
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
            if status.0 != Int(bitPattern: UInt(bitPattern: -1)) { break }
            switch status.1 {
            case E2BIG:
                output += [UInt8](repeating: 0, count: output.count)
            case EINVAL where !final:
                carry = Array(source[consumed...])
                consumed = source.count
            default:  // EILSEQ, or EINVAL at the end: replace one byte and go on
                invalidSequences += 1
                if output.count - produced < 3 { output += [UInt8](repeating: 0, count: 64) }
                output[produced] = 0xEF
                output[produced + 1] = 0xBF
                output[produced + 2] = 0xBD
                produced += 3
                consumed += 1
            }
        }
        source.removeAll()
        return Array(output[0..<produced])
    }
}
