import AnsimStore
import Foundation

/// Counts for analysts and supervisors — never a name, a reference or a case number.
public enum HotlineReports {
    /// Case and alert counts of one organisation.
    public struct Counts: Codable, Sendable, Equatable {
        public var org: String
        public var openCases: Int64
        public var monitoringCases: Int64
        public var closedCases: Int64
        public var warnings: Int64
        public var violations: Int64
        public var relocationKRW: Int64
        enum CodingKeys: String, CodingKey {
            case org, openCases = "open_cases", monitoringCases = "monitoring_cases", closedCases =
                "closed_cases"
            case warnings, violations, relocationKRW = "relocation_krw"
        }
    }

    /// One line of the monthly recurrence report.
    public struct Recurrence: Codable, Sendable, Equatable {
        public var org: String
        public var monitoredCases: Int64
        public var callsNearPlaces: Int64
        public var newOrders: Int64
        public var geofenceAlerts: Int64
        public var casesFlagged: Int64
        enum CodingKeys: String, CodingKey {
            case org, monitoredCases = "monitored_cases", callsNearPlaces = "calls_near_places"
            case newOrders = "new_orders", geofenceAlerts = "geofence_alerts", casesFlagged = "cases_flagged"
        }
    }

    /// Counts per city organisation (`hotline_counts()`).
    public static func counts(on c: Connection) throws -> [Counts] {
        try c.query("SELECT * FROM hotline_counts()", purpose: "case counts").map {
            Counts(
                org: try $0.decode(String.self, at: 0), openCases: try $0.decode(Int64.self, at: 1),
                monitoringCases: try $0.decode(Int64.self, at: 2),
                closedCases: try $0.decode(Int64.self, at: 3),
                warnings: try $0.decode(Int64.self, at: 4), violations: try $0.decode(Int64.self, at: 5),
                relocationKRW: try $0.decode(Int64.self, at: 6))
        }
    }

    /// The recurrence report of `month` (YYYY-MM).
    public static func recurrence(month: String, on c: Connection) throws -> [Recurrence] {
        try c.query(
            "SELECT * FROM hotline_recurrence_report(($1 || '-01')::date)", [month],
            purpose: "recurrence report"
        )
        .map {
            Recurrence(
                org: try $0.decode(String.self, at: 0), monitoredCases: try $0.decode(Int64.self, at: 1),
                callsNearPlaces: try $0.decode(Int64.self, at: 2),
                newOrders: try $0.decode(Int64.self, at: 3),
                geofenceAlerts: try $0.decode(Int64.self, at: 4),
                casesFlagged: try $0.decode(Int64.self, at: 5))
        }
    }

    /// Runs the recurrence scan (new 112 calls near protected places, new orders, alerts
    /// after closure, for monitored cases); returns the number of new flags.
    public static func scan(radiusM: Double = 200, on c: Connection) throws -> Int {
        try c.query("SELECT hotline_recurrence_scan($1)", [radiusM], purpose: "recurrence scan")[0].decode(
            Int.self, at: 0)
    }
}
