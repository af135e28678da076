/// A problem with the inputs of a statistic (NaN values, an empty grid, …); one line.
public struct AnalyticsError: Error, CustomStringConvertible, Sendable, Equatable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
