/// Why an address text could not be read.
public struct AddressParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The reason, in one line.
    public let reason: String

    /// An error with its reason.
    public init(_ reason: String) { self.reason = reason }

    public var description: String { reason }
}
