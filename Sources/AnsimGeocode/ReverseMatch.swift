/// The nearest road-name address to a point.
public struct ReverseMatch: Sendable, Hashable, Codable {
    /// The address, e.g. "서울특별시 강남구 학동로 156".
    public var address: String
    /// The 시군구.
    public var sigungu: String
    /// The road name.
    public var road: String
    /// The base number of the side of the road the point is on.
    public var number: String
    /// "odd" (left) or "even" (right).
    public var side: String
    /// The distance from the point to the road's centreline, in metres.
    public var distance: Double
    /// The interval's `BSI_INT_SN`.
    public var interval: String
}
