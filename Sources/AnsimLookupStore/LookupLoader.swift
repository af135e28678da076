import AnsimLookup
import AnsimRouting
import AnsimRoutingStore
import AnsimStore
import Foundation

/// Reads the lookup's layers from PostGIS (arrays out); ``LookupStore`` puts them in
/// the engine. Every query reads EPSG:5179 coordinates and ms times.
public enum LookupLoader {
    /// Wearers, and whether any is synthetic.
    public static func persons(on c: Connection) throws -> (list: [MonitoredPerson], synthetic: Bool) {
        let rows = try c.query(
            """
            SELECT id, ref, tag_id, name, birth_year, offence_class, order_from::text, order_to::text,
              restrictions::text, synthetic FROM monitored_person
            """, purpose: "read monitored persons")
        var synthetic = false
        let list = try rows.map { r in
            if try r.decode(Bool.self, at: 9) { synthetic = true }
            return MonitoredPerson(
                id: try r.decode(at: 0), ref: try r.decode(at: 1), tagID: try r.decode(at: 2),
                name: try r.decode(at: 3),
                birthYear: try r.decode(Int?.self, at: 4), offenceClass: try r.decode(at: 5),
                orderFrom: try r.decode(at: 6), orderTo: try r.decode(at: 7),
                restrictions: try r.decode(at: 8))
        }
        return (list, synthetic)
    }

    /// Fixes received after `since` (µs since 1970; all when nil) less a 5-second overlap
    /// (a transaction may commit after a later one; the engine drops the duplicates), and
    /// the newest receipt time read (for the next call).
    public static func fixes(on c: Connection, receivedAfter since: Int64? = nil) throws -> (
        fixes: [GPSFix], watermark: Int64?
    ) {
        let rows = try c.query(
            """
            SELECT person_id, (extract(epoch FROM at) * 1000)::bigint, ST_X(geom), ST_Y(geom), heading_deg::float8,
              (extract(epoch FROM received_at) * 1000000)::bigint FROM gps_fix
            WHERE $1::bigint IS NULL OR received_at > 'epoch'::timestamptz + ($1::bigint - 5000000) * interval '1 microsecond'
            """, [since], purpose: "read gps fixes")
        var newest = since
        var out: [GPSFix] = []
        out.reserveCapacity(rows.count)
        for r in rows {
            out.append(
                GPSFix(
                    person: try r.decode(at: 0), time: try r.decode(at: 1), x: try r.decode(at: 2),
                    y: try r.decode(at: 3),
                    heading: try r.decode(Double?.self, at: 4)))
            let received: Int64 = try r.decode(at: 5)
            if newest == nil || received > newest! { newest = received }
        }
        return (out, newest)
    }

    /// Registered offenders.
    public static func offenders(on c: Connection) throws -> [RegisteredOffender] {
        try c.query(
            """
            SELECT id, ref, name, birth_year, address, offence_class, released_on::text, ST_X(geom), ST_Y(geom)
            FROM registered_offender
            """, purpose: "read registered offenders"
        ).map { r in
            RegisteredOffender(
                id: try r.decode(at: 0), ref: try r.decode(at: 1), name: try r.decode(at: 2),
                birthYear: try r.decode(Int?.self, at: 3), address: try r.decode(at: 4),
                offenceClass: try r.decode(at: 5),
                releasedOn: try r.decode(at: 6), x: try r.decode(at: 7), y: try r.decode(at: 8))
        }
    }

    /// `WHERE agency = $1` when `agency` is given (a constant in the plan, so a sharded
    /// coordinator prunes to that agency's partitions), else nothing.
    static func agencyFilter(_ agency: String?) -> String {
        agency == nil ? "" : " WHERE agency = $1"
    }

    /// CCTV sites (of `agency` when given).
    public static func cameras(on c: Connection, agency: String? = nil) throws -> [Camera] {
        try c.query(
            "SELECT id, ST_X(geom), ST_Y(geom), view_direction, view_range_m, purpose, camera_count FROM cctv"
                + agencyFilter(agency), agency.map { [$0] } ?? [],
            purpose: "read cctv"
        ).map { r in
            Camera(
                id: try r.decode(at: 0), x: try r.decode(at: 1), y: try r.decode(at: 2),
                direction: try r.decode(at: 3),
                range: try r.decode(at: 4), purpose: try r.decode(at: 5), cameraCount: try r.decode(at: 6))
        }
    }

    /// Past incidents (`incident`) or calls (`call_112`).
    public static func events(_ table: String, on c: Connection, agency: String? = nil) throws -> [PastEvent]
    {
        let sql =
            (table == "incident"
                ? "SELECT (extract(epoch FROM occurred_at) * 1000)::bigint, crime_class, ST_X(geom), ST_Y(geom) FROM incident"
                : "SELECT (extract(epoch FROM received_at) * 1000)::bigint, call_type, ST_X(geom), ST_Y(geom) FROM call_112")
            + agencyFilter(agency)
        return try c.query(sql, agency.map { [$0] } ?? [], purpose: "read \(table)").map { r in
            PastEvent(
                time: try r.decode(at: 0), eventClass: try r.decode(at: 1), x: try r.decode(at: 2),
                y: try r.decode(at: 3))
        }
    }

    /// Police boxes and available patrol units with a position.
    public static func responders(on c: Connection, agency: String? = nil) throws -> [Responder] {
        try c.query(
            """
            SELECT 'box', id, name, ST_X(geom), ST_Y(geom) FROM police_org
            WHERE kind = 'box' AND geom IS NOT NULL AND ($1::text IS NULL OR agency = $1)
            UNION ALL
            SELECT 'unit', u.id, u.call_sign, ST_X(u.geom), ST_Y(u.geom) FROM patrol_unit u
            WHERE u.status = 'available' AND u.geom IS NOT NULL
              AND ($1::text IS NULL OR EXISTS (SELECT 1 FROM police_org o WHERE o.id = u.box_id AND o.agency = $1))
            """, [agency], purpose: "read responders"
        ).map { r in
            Responder(
                kind: try r.decode(at: 0), id: try r.decode(at: 1), name: try r.decode(at: 2),
                x: try r.decode(at: 3), y: try r.decode(at: 4))
        }
    }

    /// The road graph `name` (the newest when nil); nil when there is none.
    public static func graph(_ name: String?, on c: Connection) throws -> RoadGraph? {
        let any = try c.query("SELECT count(*)::int FROM road_graph", purpose: "count road graphs")[0].decode(
            Int.self, at: 0)
        guard any > 0 else { return nil }
        return try RoadGraph.load(name: name, on: c)
    }
}
