import Foundation

/// The JSON of lookup results: snake_case keys, sorted, no escaped slashes — the same
/// bytes from the CLI and the HTTP API.
public enum LookupJSON {
    /// Encodes `value`.
    public static func encode(_ value: some Encodable) throws -> Data {
        let e = JSONEncoder()
        e.keyEncodingStrategy = .convertToSnakeCase
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try e.encode(value)
    }
}
