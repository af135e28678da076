import Foundation

/// An alert as listed to case workers.
public struct AlertView: Codable, Sendable, Equatable {
    public var id: Int64
    public var caseNo: String
    public var level: String
    public var tag: String
    public var placeKind: String
    public var distanceM: Double
    public var fixAt: Date
    public var late: Bool
    public var recipients: [String]
    enum CodingKeys: String, CodingKey {
        case id, caseNo = "case_no", level, tag, placeKind = "place_kind", distanceM = "distance_m"
        case fixAt = "fix_at", late, recipients
    }
}
