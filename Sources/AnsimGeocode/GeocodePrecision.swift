/// How exactly a geocoded point locates the address, best first.
public enum GeocodePrecision: String, Sendable, Codable, CaseIterable {
    /// On the address interval (기초구간) of the building number, on its side of the road
    /// (or interpolated between the neighbouring numbers of that side).
    case interval
    /// Somewhere on the named road: the number is missing or outside the road's range.
    case road
    /// A point inside the 법정동 (lot-number addresses, or a road missing from the map
    /// with a 동 in the text).
    case beopjeongdong
    /// A point inside the 행정동 named in the text ("역삼1동").
    case hangjeongdong
}
