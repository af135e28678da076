import AnsimStore
import Foundation

extension GeofenceMonitor {
    /// Places of cases whose offender wears a tag and that have an order in force at `at`
    /// (with `agency`: the cases of its police organisations, and those of no known agency).
    static func activePlaces(on c: Connection, at: Date, agency: String? = nil) throws -> [GeofencePlace] {
        try c.query(
            """
            SELECT p.id, c.id, c.case_no, c.offender_tag, p.kind, ST_X(p.geom), ST_Y(p.geom), p.extent_m, o.radius,
                   c.victim_ref, c.city_org_id, c.police_org_id,
                   (SELECT b.name FROM police_org b WHERE b.kind = 'box' AND b.geom IS NOT NULL
                    ORDER BY b.geom <-> p.geom LIMIT 1)
            FROM hotline_case c
            JOIN LATERAL (SELECT max(o.radius_m) AS radius FROM hotline_order o
                          WHERE o.case_id = c.id AND o.kind IN ('no_approach', 'electronic_monitoring')
                            AND ($1::timestamptz AT TIME ZONE 'Asia/Seoul')::date BETWEEN o.starts_on AND o.ends_on) o
              ON o.radius IS NOT NULL
            JOIN hotline_place p ON p.case_id = c.id
            WHERE c.offender_tag IS NOT NULL AND c.status <> 'closed' AND \(Self.agencyScope)
            ORDER BY p.id
            """, [at, agency], purpose: "load the places of active orders"
        ).map { r in
            GeofencePlace(
                id: try r.decode(Int64.self, at: 0), caseID: try r.decode(Int64.self, at: 1),
                caseNo: try r.decode(String.self, at: 2), tag: try r.decode(String.self, at: 3),
                kind: try r.decode(String.self, at: 4), x: try r.decode(Double.self, at: 5),
                y: try r.decode(Double.self, at: 6), extentM: try r.decode(Double.self, at: 7),
                violationDistance: try r.decode(Double.self, at: 8),
                victimRef: try r.decode(String.self, at: 9),
                cityOrgID: try r.decode(Int64.self, at: 10), policeOrgID: try r.decode(Int64?.self, at: 11),
                nearestBox: try r.decode(String?.self, at: 12))
        }
    }

    /// The cases of the monitor's agency (`$2`; every case when NULL): the agency of the
    /// police station the case's police organisation is linked to (`ansim_org.police_org_id`).
    /// A case whose agency is not known (no police organisation yet, or one not linked to
    /// a station) belongs to every agency's monitor: watched twice rather than not at all
    /// (alerts are deduplicated when recorded).
    static let agencyScope = """
        ($2::text IS NULL OR coalesce((SELECT po.agency FROM ansim_org ao JOIN police_org po ON po.id = ao.police_org_id
                                       WHERE ao.id = c.police_org_id), $2::text) = $2::text)
        """

    /// Records alerts in hotline_alert, undelivered; returns those recorded with their ids.
    /// An alert already recorded for the same case, place, level and fix time is skipped.
    static func insert(_ alerts: [GeofenceAlert], on c: Connection) throws -> [(GeofenceAlert, Int64)] {
        var recorded: [(GeofenceAlert, Int64)] = []
        for a in alerts {
            let rows = try c.query(
                """
                INSERT INTO hotline_alert (case_id, place_id, tag, level, fix_at, distance_m, late, recipients)
                SELECT $1::bigint, $2::bigint, $3::text, $4::text, $5::timestamptz, $6::float8, $7::boolean, $8::text[]
                WHERE NOT EXISTS (SELECT 1 FROM hotline_alert o WHERE o.case_id = $1::bigint AND o.place_id = $2::bigint
                                    AND o.level = $4::text AND o.fix_at = $5::timestamptz)
                RETURNING id
                """,
                [a.caseID, a.placeID, a.tag, a.level.rawValue, a.fixAt, a.distanceM, a.late, a.recipients],
                purpose: "record a geofence alert")
            if let row = rows.first { recorded.append((a, try row.decode(Int64.self, at: 0))) }
        }
        return recorded
    }
}
