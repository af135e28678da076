/// Why a team-orienteering instance or file was rejected: one line for the person at the terminal.
///
/// Bad numbers are errors (NaN or negative scores, service times, travel times or budget);
/// hard but valid inputs are not: a budget too small for any stop gives empty routes, and an
/// infinite travel time marks an arc that is never used.
public struct TOPError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The one-line message.
    public let description: String

    /// Creates an error with a one-line message.
    public init(_ message: String) {
        self.description = message
    }
}
