import AnsimSupport
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The text encoding of the written CSV files. Real Korean police and public exports
/// are often CP949 (EUC-KR with the Unified Hangul Code extensions), so the generator
/// can write it to exercise the ETL's transcoding path.
public enum OutputEncoding: String, Sendable, CaseIterable {
    /// UTF-8 without a byte-order mark.
    case utf8 = "utf-8"
    /// CP949 (Windows code page 949), through the C library's iconv.
    case cp949

    /// Converts UTF-8 bytes to this encoding; throws when a character has no CP949 code.
    public func encode(_ utf8: [UInt8]) throws -> [UInt8] {
        switch self {
        case .utf8: return utf8
        case .cp949: return try OutputEncoding.iconv(utf8, to: "CP949")
        }
    }

    private static func iconv(_ input: [UInt8], to target: String) throws -> [UInt8] {
        guard let cd = iconv_open(target, "UTF-8"), cd != iconv_t(bitPattern: -1) else {
            throw AnsimError("iconv cannot convert UTF-8 to \(target) on this system")
        }
        defer { iconv_close(cd) }
        var source = input
        var output = [UInt8](repeating: 0, count: input.count + 16)
        var consumed = 0
        var produced = 0
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
                    let r = Glibc.iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
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
            let bad = String(decoding: source[consumed..<min(consumed + 4, source.count)], as: UTF8.self)
            throw AnsimError(
                "cannot write \"\(bad.prefix(1))\" in \(target) (byte \(consumed) of the UTF-8 text)")
        }
        return Array(output[0..<produced])
    }
}
