import Foundation

/// The JSON of lookup results: snake_case keys, sorted, no escaped slashes — the same
/// bytes from the CLI and the HTTP API.
public enum LookupJSON {
    /// Encodes a lookup result with ``LookupJSONWriter`` (the same bytes as the generic
    /// `JSONEncoder` path, several times faster: this is the HTTP hot path).
    public static func encode(_ result: LookupResult) -> Data {
        Data(bytes(result))
    }

    /// The UTF-8 bytes of a lookup result.
    public static func bytes(_ result: LookupResult) -> [UInt8] {
        var w = LookupJSONWriter()
        w.write(result)
        return w.bytes
    }

    /// Encodes `value` with Foundation's `JSONEncoder` (the reference for ``bytes(_:)``).
    public static func encodeWithFoundation(_ value: some Encodable) throws -> Data {
        try encode(value)
    }

    /// Encodes `value`.
    public static func encode(_ value: some Encodable) throws -> Data {
        let e = JSONEncoder()
        e.keyEncodingStrategy = .convertToSnakeCase
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try e.encode(value)
    }
}
