/// An error from the geometry or CRS layer, with the operation that failed and
/// the library's own message.
public struct GeoError: Error, CustomStringConvertible, Sendable, Equatable {
    /// What Ansim was doing, e.g. "read WKT".
    public let operation: String
    /// GEOS's or PROJ's message.
    public let message: String

    /// Creates an error.
    public init(_ operation: String, _ message: String) {
        self.operation = operation
        self.message = message
    }

    /// One line: "could not <operation>: <message>".
    public var description: String {
        message.isEmpty ? "could not \(operation)" : "could not \(operation): \(message)"
    }
}
