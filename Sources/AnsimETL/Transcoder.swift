import AnsimSupport

/// Converts a stream of CP949 bytes to UTF-8, chunk by chunk (see ``Iconv``).
///
/// Bytes that are not CP949 become U+FFFD, so that the reader can quarantine the rows
/// they fall in rather than lose them silently.
final class CP949Transcoder {
    private let iconv: Iconv

    init() throws {
        iconv = try Iconv(from: "CP949", to: "UTF-8")
    }

    func convert(_ input: ArraySlice<UInt8>, final: Bool) -> [UInt8] {
        // Replacing never throws.
        (try? iconv.convert(input, final: final, invalid: .replace)) ?? []
    }
}
