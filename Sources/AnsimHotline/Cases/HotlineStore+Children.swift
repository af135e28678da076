import AnsimGeo
import AnsimServer
import AnsimStore
import AnsimSupport
import Foundation

extension HotlineStore {
    /// True when case `id` is visible to the scope's role.
    public func exists(_ id: Int64, on c: Connection) throws -> Bool {
        try c.query("SELECT 1 FROM hotline_case WHERE id = $1", [id], purpose: "find case \(id)").count == 1
    }

    /// Adds a protective order; nil when the case is not visible.
    public func addOrder(_ id: Int64, _ r: HotlineRequest.Order, by actor: String, on c: Connection) throws
        -> Int64?
    {
        guard try exists(id, on: c) else { return nil }
        let rows = try c.query(
            """
            INSERT INTO hotline_order (case_id, kind, starts_on, ends_on, radius_m, issued_by)
            VALUES ($1, $2, $3::date, $4::date, $5, $6) RETURNING id
            """, [id, r.kind, r.startsOn, r.endsOn, r.radiusM ?? 100, actor],
            purpose: "add an order to case \(id)")
        return try rows[0].decode(Int64.self, at: 0)
    }

    /// Adds a protected place; nil when the case is not visible.
    public func addPlace(_ id: Int64, _ r: HotlineRequest.Place, on c: Connection) throws -> Int64? {
        let victim = try c.query(
            "SELECT victim_ref FROM hotline_case WHERE id = $1", [id], purpose: "find case \(id)")
        guard let ref = try victim.first?.decode(String.self, at: 0) else { return nil }
        var (x, y) = (r.x, r.y)
        if x == nil, let lon = r.lon, let lat = r.lat {
            let p = try CoordinateTransform(from: .wgs84, to: .utmK).transform(x: lon, y: lat)
            (x, y) = (p.x, p.y)
        }
        guard let x, let y else { throw AnsimError("a place needs x/y (EPSG:5179) or lon/lat (WGS84)") }
        let rows = try c.query(
            """
            INSERT INTO hotline_place (case_id, kind, geom, extent_m, address_enc)
            VALUES ($1, $2, ST_SetSRID(ST_MakePoint($3, $4), 5179), $5, $6) RETURNING id
            """, [id, r.kind, x, y, r.extentM ?? 0, try seal(r.address, "place_address", ref)],
            purpose: "add a place to case \(id)")
        return try rows[0].decode(Int64.self, at: 0)
    }

    /// Records support; nil when the case is not visible. The cap and budgets are the database's.
    public func addSupport(_ id: Int64, _ r: HotlineRequest.Support, by actor: String, on c: Connection)
        throws -> Int64?
    {
        guard try exists(id, on: c) else { return nil }
        let rows = try c.query(
            """
            INSERT INTO hotline_support (case_id, programme, amount_krw, quantity, provided_on, recorded_by)
            VALUES ($1, $2, $3, $4, $5::date, $6) RETURNING id
            """, [id, r.programme, r.amountKRW ?? 0, r.quantity ?? 1, r.providedOn, actor],
            purpose: "record support for case \(id)")
        return try rows[0].decode(Int64.self, at: 0)
    }

    /// Alerts of the visible cases (optionally one case), newest first.
    public func alerts(caseID: Int64?, limit: Int = 200, on c: Connection) throws -> [AlertView] {
        let rows = try c.query(
            """
            SELECT a.id, c.case_no, a.level, a.tag, p.kind, a.distance_m, a.fix_at, a.late, a.recipients::text
            FROM hotline_alert a JOIN hotline_case c ON c.id = a.case_id JOIN hotline_place p ON p.id = a.place_id
            WHERE $1::bigint IS NULL OR a.case_id = $1 ORDER BY a.fix_at DESC, a.id DESC LIMIT $2
            """, [caseID, limit], purpose: "list alerts")
        return try rows.map { row in
            AlertView(
                id: try row.decode(Int64.self, at: 0), caseNo: try row.decode(String.self, at: 1),
                level: try row.decode(String.self, at: 2), tag: try row.decode(String.self, at: 3),
                placeKind: try row.decode(String.self, at: 4), distanceM: try row.decode(Double.self, at: 5),
                fixAt: try row.decode(Date.self, at: 6), late: try row.decode(Bool.self, at: 7),
                recipients: (try row.decode(String.self, at: 8)).trimmingCharacters(
                    in: CharacterSet(charactersIn: "{}")
                )
                .split(separator: ",").map(String.init))
        }
    }
}

extension HotlineStore {
    /// Sets the victim's shared location (one `victim_location` place per case, moved in
    /// place); returns the place id and whether it is new, or nil when the case is not visible.
    public func setVictimLocation(_ id: Int64, x: Double, y: Double, on c: Connection) throws -> (
        id: Int64, new: Bool
    )? {
        guard try exists(id, on: c) else { return nil }
        let moved = try c.query(
            """
            UPDATE hotline_place SET geom = ST_SetSRID(ST_MakePoint($2, $3), 5179), updated_at = now()
            WHERE case_id = $1 AND kind = 'victim_location' RETURNING id
            """, [id, x, y], purpose: "move the victim's shared location")
        if let row = moved.first { return (try row.decode(Int64.self, at: 0), false) }
        let new = try addPlace(id, HotlineRequest.Place(kind: "victim_location", x: x, y: y), on: c)
        return new.map { ($0, true) }
    }
}
