import AnsimSupport
import Foundation

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
        try Iconv.convert(input, from: "UTF-8", to: target, invalid: .fail)
    }
}
