import Foundation

/// Request bodies of the hotline API (snake_case on the wire).
public enum HotlineRequest {
    /// Open a case.
    public struct OpenCase: Codable, Sendable {
        public var cityOrgID: Int64
        public var policeOrgID: Int64?
        public var policeCaseNo: String?
        public var riskLevel: String?
        public var reason: String?
        /// An existing victim's reference (the relocation cap is per victim), else a new one.
        public var victimRef: String?
        public var victimName: String
        public var victimContact: String?
        public var victimAddress: String?
        public var offenderName: String?
        public var offenderTag: String?
        public var synthetic: Bool?

        public init(cityOrgID: Int64, policeOrgID: Int64?, victimName: String) {
            self.cityOrgID = cityOrgID
            self.policeOrgID = policeOrgID
            self.victimName = victimName
        }

        enum CodingKeys: String, CodingKey {
            case cityOrgID = "city_org_id", policeOrgID = "police_org_id", policeCaseNo = "police_case_no"
            case riskLevel = "risk_level", reason, victimRef = "victim_ref", victimName = "victim_name"
            case victimContact = "victim_contact", victimAddress = "victim_address"
            case offenderName = "offender_name", offenderTag = "offender_tag", synthetic
        }
    }

    /// Assign a case to organisations and people (supervisors).
    public struct Assign: Codable, Sendable {
        public var cityOrgID: Int64?
        public var policeOrgID: Int64?
        public var worker: String?
        public var liaison: String?
        public init(
            cityOrgID: Int64? = nil, policeOrgID: Int64? = nil, worker: String? = nil, liaison: String? = nil
        ) {
            (self.cityOrgID, self.policeOrgID, self.worker, self.liaison) = (
                cityOrgID, policeOrgID, worker, liaison
            )
        }
        enum CodingKeys: String, CodingKey {
            case cityOrgID = "city_org_id", policeOrgID = "police_org_id", worker, liaison
        }
    }

    /// Close a case: `monitor_months` > 0 keeps it under recurrence monitoring.
    public struct Close: Codable, Sendable {
        public var monitorMonths: Int?
        enum CodingKeys: String, CodingKey { case monitorMonths = "monitor_months" }
    }

    /// Change the risk level, with a reason.
    public struct Risk: Codable, Sendable {
        public var level: String
        public var reason: String
    }

    /// Add a protective order.
    public struct Order: Codable, Sendable {
        public var kind: String
        public var startsOn: String
        public var endsOn: String
        public var radiusM: Double?
        public init(kind: String, startsOn: String, endsOn: String, radiusM: Double? = nil) {
            (self.kind, self.startsOn, self.endsOn, self.radiusM) = (kind, startsOn, endsOn, radiusM)
        }
        enum CodingKeys: String, CodingKey {
            case kind, startsOn = "starts_on", endsOn = "ends_on", radiusM = "radius_m"
        }
    }

    /// Add a protected place (EPSG:5179 x/y, or WGS84 lon/lat).
    public struct Place: Codable, Sendable {
        public var kind: String
        public var x: Double?
        public var y: Double?
        public var lon: Double?
        public var lat: Double?
        public var extentM: Double?
        public var address: String?
        public init(
            kind: String, x: Double? = nil, y: Double? = nil, lon: Double? = nil, lat: Double? = nil,
            extentM: Double? = nil, address: String? = nil
        ) {
            (self.kind, self.x, self.y, self.lon, self.lat, self.extentM, self.address) = (
                kind, x, y, lon, lat, extentM, address
            )
        }
        enum CodingKeys: String, CodingKey { case kind, x, y, lon, lat, extentM = "extent_m", address }
    }

    /// Record support given.
    public struct Support: Codable, Sendable {
        public var programme: String
        public var amountKRW: Int64?
        public var quantity: Int?
        public var providedOn: String
        public init(programme: String, amountKRW: Int64? = nil, quantity: Int? = nil, providedOn: String) {
            (self.programme, self.amountKRW, self.quantity, self.providedOn) = (
                programme, amountKRW, quantity, providedOn
            )
        }
        enum CodingKeys: String, CodingKey {
            case programme, amountKRW = "amount_krw", quantity, providedOn = "provided_on"
        }
    }
}
