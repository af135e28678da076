import Foundation

/// An alert raised by the geofence engine. Carries references, never names.
public struct GeofenceAlert: Sendable, Equatable, Codable {
    /// Warning (within 2 km) or violation (within the order's distance, 100 m).
    public enum Level: String, Sendable, Codable { case warning, violation }

    public var level: Level
    public var tag: String
    public var caseID: Int64
    public var caseNo: String
    public var placeID: Int64
    public var placeKind: String
    /// Distance from the fix to the place's edge, metres.
    public var distanceM: Double
    public var fixAt: Date
    /// Raised by a fix that arrived after later ones (out of order).
    public var late: Bool
    /// Who is told: `victim:V-…`, `city_org:N` (worker); for violations also `police_org:N`
    /// (liaison) and `box:<name>` (the nearest police box).
    public var recipients: [String]

    /// An alert.
    public init(
        level: Level, tag: String, caseID: Int64, caseNo: String, placeID: Int64, placeKind: String,
        distanceM: Double,
        fixAt: Date, late: Bool, recipients: [String]
    ) {
        (self.level, self.tag, self.caseID, self.caseNo, self.placeID) = (level, tag, caseID, caseNo, placeID)
        (self.placeKind, self.distanceM, self.fixAt, self.late, self.recipients) = (
            placeKind, distanceM, fixAt, late, recipients
        )
    }

    enum CodingKeys: String, CodingKey {
        case level, tag, caseID = "case_id", caseNo = "case_no", placeID = "place_id", placeKind =
            "place_kind"
        case distanceM = "distance_m", fixAt = "fix_at", late, recipients
    }
}
