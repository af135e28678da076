/// The outcome of geocoding one address: a match, or the reason there is none.
public enum GeocodeOutcome: Sendable, Hashable {
    /// The address was located.
    case matched(GeocodeMatch)
    /// The address was not located, and why.
    case unmatched(reason: String)

    /// The match, if any.
    public var match: GeocodeMatch? {
        if case .matched(let m) = self { return m }
        return nil
    }

    /// The reason for no match, if unmatched.
    public var reason: String? {
        if case .unmatched(let r) = self { return r }
        return nil
    }
}
