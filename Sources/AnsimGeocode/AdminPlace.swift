/// An administrative area's representative point: a 법정동, 행정동 or 시군구.
public struct AdminPlace: Sendable, Hashable {
    /// `beopjeongdong`, `hangjeongdong` or `sigungu` (as in `admin_area.level`).
    public var level: String
    /// The area's code; its first 5 digits are the 시군구 code.
    public var code: String
    /// The area's short name, e.g. "역삼동", "역삼1동", "강남구".
    public var name: String
    /// A point inside the area (EPSG:5179).
    public var point: GeocodePoint

    /// A place record.
    public init(level: String, code: String, name: String, point: GeocodePoint) {
        self.level = level
        self.code = code
        self.name = name
        self.point = point
    }

    /// The 5-digit 시군구 code the area lies in.
    public var sigunguCode: String { String(code.prefix(5)) }
}
