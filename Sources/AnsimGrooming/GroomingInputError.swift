/// Input that could not be read (`invalid` false: not NDJSON/CSV/JSON at all) or a
/// message that does not make sense (`invalid` true: bad time, empty text). The
/// description names the line.
public struct GroomingInputError: Error, CustomStringConvertible, Sendable {
    /// One line naming where and what.
    public let description: String
    /// Well-formed but not a valid message (HTTP 422) rather than unreadable (400).
    public let invalid: Bool

    /// An error.
    public init(_ description: String, invalid: Bool) {
        self.description = description
        self.invalid = invalid
    }
}
