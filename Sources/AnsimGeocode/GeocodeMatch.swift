/// A geocoded address: the point, its precision, and the components that matched.
public struct GeocodeMatch: Sendable, Hashable, Codable {
    /// The point in EPSG:5179.
    public var point: GeocodePoint
    /// How exactly the point locates the address.
    public var precision: GeocodePrecision
    /// The 시/도 of the match ("서울특별시").
    public var sido: String
    /// The 시/군/구 of the match.
    public var sigungu: String
    /// The road name, for road-level matches.
    public var road: String?
    /// The number matched (building number, or lot number for 법정동 matches).
    public var number: String?
    /// "odd" (left of the road) or "even" (right), for interval matches.
    public var side: String?
    /// The 동 that matched (dong-level matches) or was given.
    public var dong: String?
    /// The interval's `BSI_INT_SN` (interval matches).
    public var interval: String?
    /// The section's `RDS_MAN_NO` (interval and road matches).
    public var section: String?
    /// True when the number had no interval of its own and the point was interpolated
    /// between (or taken from) the nearest numbers on its side.
    public var interpolated: Bool
    /// Why the match is less precise than asked (e.g. "number 999 beyond 1–331").
    public var note: String?

    /// A match.
    public init(
        point: GeocodePoint, precision: GeocodePrecision, sido: String, sigungu: String, road: String? = nil,
        number: String? = nil, side: String? = nil, dong: String? = nil, interval: String? = nil,
        section: String? = nil, interpolated: Bool = false, note: String? = nil
    ) {
        self.point = point
        self.precision = precision
        self.sido = sido
        self.sigungu = sigungu
        self.road = road
        self.number = number
        self.side = side
        self.dong = dong
        self.interval = interval
        self.section = section
        self.interpolated = interpolated
        self.note = note
    }
}
