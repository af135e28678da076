import AnsimSupport
import Foundation

/// The text encodings Korean public data arrive in (DESIGN.md §4).
public enum TextEncoding: String, Sendable, Codable, CaseIterable {
    /// UTF-8 without a byte-order mark.
    case utf8 = "utf-8"
    /// UTF-8 starting with the byte-order mark EF BB BF (Excel's "CSV UTF-8").
    case utf8BOM = "utf-8-sig"
    /// CP949 (Microsoft's Unified Hangul Code): EUC-KR plus 8,822 more syllables.
    case cp949 = "cp949"

    /// Parses a user's name for an encoding ("utf8", "UTF-8", "euc-kr", "cp949", …).
    public init(name: String) throws {
        switch name.lowercased().replacingOccurrences(of: "_", with: "-") {
        case "utf-8", "utf8": self = .utf8
        case "utf-8-sig", "utf8-sig", "utf-8-bom", "utf8bom": self = .utf8BOM
        case "cp949", "euc-kr", "euckr", "uhc", "ms949", "ks-c-5601-1987": self = .cp949
        default:
            throw AnsimError("unknown encoding \"\(name)\" (use utf-8, utf-8-sig or cp949/euc-kr)")
        }
    }

    /// Guesses the encoding of a file from a sample of its first bytes: a BOM means
    /// UTF-8 with BOM; text whose multi-byte sequences are (nearly all) valid UTF-8 means
    /// UTF-8, so that a few stray CP949 rows in a UTF-8 file are quarantined rather than
    /// the whole file misread; anything else is taken as CP949, the only other encoding
    /// Korean public files use. (CP949 Hangul rarely forms valid UTF-8: most lead bytes
    /// are UTF-8 continuation bytes.)
    public static func detect(_ sample: some Collection<UInt8>) -> TextEncoding {
        let bytes = Array(sample)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return .utf8BOM }
        let (valid, invalid, _) = utf8Census(bytes)
        if invalid == 0 || (valid > 0 && valid >= 20 * invalid) { return .utf8 }
        return .cp949
    }

    /// Detects the encoding of the file at `path` from its first 64 KiB.
    public static func detect(file path: String) throws -> TextEncoding {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw AnsimError("cannot read \(path): \(String(cString: strerror(errno)))")
        }
        defer { try? handle.close() }
        return detect(try handle.read(upToCount: 1 << 16) ?? Data())
    }

    /// True when `bytes` is well-formed UTF-8; with `allowTruncatedEnd`, a sequence cut
    /// off at the very end (a sample's edge) is accepted.
    static func isValidUTF8(_ bytes: [UInt8], allowTruncatedEnd: Bool) -> Bool {
        let census = utf8Census(bytes)
        return census.invalid == 0 && (allowTruncatedEnd || !census.truncated)
    }

    /// Counts valid multi-byte UTF-8 sequences and invalid bytes; a sequence cut off at
    /// the end counts as neither and sets `truncated`.
    static func utf8Census(_ bytes: [UInt8]) -> (valid: Int, invalid: Int, truncated: Bool) {
        var valid = 0, invalid = 0, i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                i += 1
                continue
            }
            let length: Int
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: length = 0
            }
            if length == 0 {
                invalid += 1
                i += 1
                continue
            }
            if i + length > n { return (valid, invalid, true) }
            if (1..<length).allSatisfy({ bytes[i + $0] & 0xC0 == 0x80 }) {
                valid += 1
                i += length
            } else {
                invalid += 1
                i += 1
            }
        }
        return (valid, invalid, false)
    }
}
