/// A road section (도로구간, a `TL_SPRD_MANAGE` row): one named road, or one part of it.
public struct RoadSectionRecord: Sendable, Hashable {
    /// `RDS_MAN_NO`, the section's management number (intervals refer to it).
    public var sectionNo: String
    /// The road name, e.g. "테헤란로29길".
    public var roadName: String
    /// `RN_CD`, the road-name code (unique within a 시군구).
    public var roadCode: String
    /// `SIG_CD`, the 5-digit 시군구 code.
    public var sigunguCode: String
    /// The centreline (EPSG:5179).
    public var line: [GeocodePoint]

    /// A section record.
    public init(sectionNo: String, roadName: String, roadCode: String, sigunguCode: String, line: [GeocodePoint]) {
        self.sectionNo = sectionNo
        self.roadName = roadName
        self.roadCode = roadCode
        self.sigunguCode = sigunguCode
        self.line = line
    }
}
