import AnsimStore
import Foundation

extension GeofenceMonitor {
    /// Hands recorded alerts to the notifier and marks them delivered; a failed delivery
    /// (or a failure to mark it) is logged and left to ``redeliver(olderThan:)``.
    func deliver(_ recorded: [(GeofenceAlert, Int64)]) async {
        guard !recorded.isEmpty else { return }
        do {
            try await notifier.deliver(recorded.map(\.0))
        } catch {
            logger.error(
                "alert delivery failed (alerts are recorded and will be delivered again)",
                metadata: ["error": "\(error)"])
            return
        }
        do {
            try await markDelivered(recorded.map(\.1))
        } catch {
            logger.error(
                "delivered alerts not marked delivered (they will be delivered again)",
                metadata: ["error": "\(error)"])
        }
    }

    /// Sets `delivered_at` on the alerts `ids`.
    func markDelivered(_ ids: [Int64]) async throws {
        try await database.withSystemScope(
            role: "ansim_monitor", actor: "geofence", purpose: "mark geofence alerts delivered"
        ) { c in
            try c.execute(
                "UPDATE hotline_alert SET delivered_at = now() WHERE id = ANY($1::bigint[])", [ids],
                purpose: "mark geofence alerts delivered")
        }
    }

    /// Delivers again the alerts recorded at least `olderThan` ago and never delivered (the
    /// server died between recording and delivering, or the notifier failed), oldest first,
    /// at most 1,000 at a time; returns how many were delivered. At least once: an alert is
    /// marked delivered after the notifier took it, so a death in between sends it again
    /// (case, place, level and fix time identify it: the monitor records one alert per key).
    @discardableResult
    public func redeliver(olderThan: Duration = .seconds(30)) async throws -> Int {
        let seconds = Double(olderThan.components.seconds) + Double(olderThan.components.attoseconds) * 1e-18
        let pending = try await database.withSystemScope(
            role: "ansim_monitor", actor: "geofence", purpose: "read undelivered geofence alerts"
        ) { [agency] c in try GeofenceMonitor.undelivered(olderThan: seconds, agency: agency, on: c) }
        guard !pending.isEmpty else { return 0 }
        logger.warning(
            "delivering geofence alerts recorded but not delivered", metadata: ["alerts": "\(pending.count)"])
        try await notifier.deliver(pending.map(\.0))
        try await markDelivered(pending.map(\.1))
        return pending.count
    }

    /// Undelivered alerts recorded at least `olderThan` seconds ago, oldest first.
    static func undelivered(olderThan: Double, agency: String? = nil, on c: Connection) throws -> [(
        GeofenceAlert, Int64
    )] {
        try c.query(
            """
            SELECT a.id, a.level, a.tag, a.case_id, c.case_no, a.place_id, p.kind, a.distance_m, a.fix_at, a.late,
                   array_to_json(a.recipients)::text
            FROM hotline_alert a JOIN hotline_case c ON c.id = a.case_id JOIN hotline_place p ON p.id = a.place_id
            WHERE a.delivered_at IS NULL AND a.created_at <= now() - make_interval(secs => $1) AND \(Self.agencyScope)
            ORDER BY a.id LIMIT 1000
            """, [olderThan, agency], purpose: "read undelivered geofence alerts"
        ).map { r in
            let recipients = try JSONDecoder().decode(
                [String].self, from: Data((try r.decode(String.self, at: 10)).utf8))
            let alert = GeofenceAlert(
                level: GeofenceAlert.Level(rawValue: try r.decode(String.self, at: 1)) ?? .warning,
                tag: try r.decode(String.self, at: 2), caseID: try r.decode(Int64.self, at: 3),
                caseNo: try r.decode(String.self, at: 4), placeID: try r.decode(Int64.self, at: 5),
                placeKind: try r.decode(String.self, at: 6), distanceM: try r.decode(Double.self, at: 7),
                fixAt: try r.decode(Date.self, at: 8), late: try r.decode(Bool.self, at: 9),
                recipients: recipients)
            return (alert, try r.decode(Int64.self, at: 0))
        }
    }
}
