/// A bad coverage problem, with the reason.
public struct CoverageError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The reason.
    public let description: String

    /// An error with its reason.
    public init(_ description: String) { self.description = description }
}
