/// How an address given for the scene was understood by the geocoder: the text as
/// given, the address it matched, and how precisely it was placed.
public struct LookupSceneAddress: Encodable, Sendable, Equatable {
    /// The address as the caller gave it.
    public var query: String
    /// The matched place, e.g. "강남구 학동로 156".
    public var matched: String
    /// `interval`, `road`, `beopjeongdong` or `hangjeongdong` (docs/GEOCODE.md).
    public var precision: String
    /// True when the point was interpolated between neighbouring building numbers.
    public var interpolated: Bool

    public init(query: String, matched: String, precision: String, interpolated: Bool) {
        self.query = query
        self.matched = matched
        self.precision = precision
        self.interpolated = interpolated
    }
}
