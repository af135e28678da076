import Foundation

/// A case as a case worker sees it: decrypted personal data, orders, places, history.
public struct CaseView: Codable, Sendable, Equatable {
    public var id: Int64
    public var caseNo: String
    public var policeCaseNo: String?
    public var status: String
    public var riskLevel: String
    public var cityOrgID: Int64
    public var policeOrgID: Int64?
    public var assignedWorker: String?
    public var assignedLiaison: String?
    public var victimRef: String
    public var victimName: String
    public var victimContact: String?
    public var victimAddress: String?
    public var offenderRef: String
    public var offenderName: String?
    public var offenderTag: String?
    public var closedAt: Date?
    public var monitorUntil: String?
    public var synthetic: Bool
    public var orders: [OrderView] = []
    public var places: [PlaceView] = []
    public var riskHistory: [RiskChange] = []
    public var relocationKRW: Int64 = 0

    enum CodingKeys: String, CodingKey {
        case id, caseNo = "case_no", policeCaseNo = "police_case_no", status, riskLevel = "risk_level"
        case cityOrgID = "city_org_id", policeOrgID = "police_org_id", assignedWorker = "assigned_worker"
        case assignedLiaison = "assigned_liaison", victimRef = "victim_ref", victimName = "victim_name"
        case victimContact = "victim_contact", victimAddress = "victim_address", offenderRef = "offender_ref"
        case offenderName = "offender_name", offenderTag = "offender_tag", closedAt = "closed_at"
        case monitorUntil = "monitor_until", synthetic, orders, places, riskHistory = "risk_history"
        case relocationKRW = "relocation_krw"
    }

    /// A protective order.
    public struct OrderView: Codable, Sendable, Equatable {
        public var id: Int64
        public var kind: String
        public var startsOn: String
        public var endsOn: String
        public var radiusM: Double
        enum CodingKeys: String, CodingKey {
            case id, kind, startsOn = "starts_on", endsOn = "ends_on", radiusM = "radius_m"
        }
    }

    /// A protected place (coordinates in EPSG:5179).
    public struct PlaceView: Codable, Sendable, Equatable {
        public var id: Int64
        public var kind: String
        public var x: Double
        public var y: Double
        public var extentM: Double
        public var address: String?
        enum CodingKeys: String, CodingKey { case id, kind, x, y, extentM = "extent_m", address }
    }

    /// One change of the risk level.
    public struct RiskChange: Codable, Sendable, Equatable {
        public var from: String?
        public var to: String
        public var reason: String
        public var actor: String
    }
}
