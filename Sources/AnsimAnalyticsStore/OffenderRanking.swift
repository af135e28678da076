import AnsimAnalytics
import AnsimStore
import AnsimSupport
import Foundation

/// One registered offender ranked by a geographic profile. Identities (`id`, `ref`,
/// position, `name`, `birthYear`, `address`) are nil unless the role has need-to-know.
public struct RankedOffender: Sendable, Equatable {
    public let rank: Int
    public let p: Double
    /// Percentage of the grid searched, highest p first, up to this offender's cell.
    public let searched: Double
    public let offenceClass: String
    public let releasedOn: String?
    public var id: Int64?
    public var ref: String?
    public var x: Double?
    public var y: Double?
    public var name: String?
    public var birthYear: Int?
    public var address: String?
}

/// Registered offenders within a profile's grid, ranked by the surface value at their
/// registered address (``GeographicProfile/rank(xs:ys:)``), read as the caller's database
/// role and audited.
///
/// The caller opens the transaction as the requester's role (`SET LOCAL ROLE`, as
/// `APIDatabase.transaction` does). Dispatchers and patrol officers (need-to-know,
/// sql/009_lookup.sql) get identities; analysts get the ranking without them (no ids,
/// refs, positions, names, birth years or addresses); other roles are refused before
/// anything is read. Every ranking appends one record to the hash-chained audit trail
/// naming the offenders ranked (their pseudonymous refs).
public enum OffenderRanking {
    /// Database roles that see who the offenders are.
    public static let identityRoles: Set<String> = ["ansim_dispatcher", "ansim_patrol_officer"]
    /// Database roles that may run the ranking at all.
    public static let allowedRoles: Set<String> = identityRoles.union(["ansim_analyst"])

    /// Ranks the offenders inside `profile.grid` (EPSG:5179), of `offenceClasses` when not
    /// empty, and returns the first `top` with the number inside the grid.
    public static func rank(
        profile: GeographicProfile, offenceClasses: [String] = [], top: Int, role: String, purpose: String,
        subject: String = "profile ranking", on c: Connection
    ) throws -> (offenders: [RankedOffender], inside: Int) {
        guard allowedRoles.contains(role) else {
            throw AnsimError(
                "\(role) may not rank registered offenders (need-to-know: ansim_dispatcher, ansim_patrol_officer; ansim_analyst without identities)"
            )
        }
        guard top > 0 else { throw AnsimError("--top must be at least 1") }
        let identities = identityRoles.contains(role)
        let g = profile.grid
        let columns = "id, ref, offence_class, released_on::text, ST_X(geom), ST_Y(geom)"
            + (identities ? ", name, birth_year, address" : "")
        let rows = try c.query(
            """
            SELECT \(columns) FROM registered_offender
            WHERE geom && ST_MakeEnvelope($1, $2, $3, $4, 5179)
              AND (cardinality($5::text[]) = 0 OR offence_class = ANY($5::text[]))
            ORDER BY id
            """,
            [g.xmin, g.ymin, g.xmin + Double(g.cols) * g.cell, g.ymin + Double(g.rows) * g.cell, offenceClasses],
            purpose: "read registered offenders in the profile's grid")
        var xs: [Double] = []
        var ys: [Double] = []
        xs.reserveCapacity(rows.count)
        ys.reserveCapacity(rows.count)
        for row in rows {
            xs.append(try row.decode(Double.self, at: 4))
            ys.append(try row.decode(Double.self, at: 5))
        }
        let (ranks, outside) = profile.rank(xs: xs, ys: ys)
        var result: [RankedOffender] = []
        var refs: [String] = []
        for (n, r) in ranks.prefix(top).enumerated() {
            let row = rows[r.index]
            var o = RankedOffender(
                rank: n + 1, p: r.p, searched: r.searched, offenceClass: try row.decode(String.self, at: 2),
                releasedOn: try row.decode(String?.self, at: 3))
            let ref = try row.decode(String.self, at: 1)
            refs.append(ref)
            if identities {
                o.id = try row.decode(Int64.self, at: 0)
                o.ref = ref
                o.x = xs[r.index]
                o.y = ys[r.index]
                o.name = try row.decode(String?.self, at: 6)
                o.birthYear = try row.decode(Int?.self, at: 7)
                o.address = try row.decode(String?.self, at: 8)
            }
            result.append(o)
        }
        let classes: String = offenceClasses.isEmpty ? "" : "; classes " + offenceClasses.joined(separator: ",")
        let grid: String = "\(g.rows)x\(g.cols) cells of \(g.cell) m at \(Int(g.xmin)),\(Int(g.ymin))"
        let counts: String = "\(ranks.count) in the grid, \(result.count) returned" + (identities ? "" : " without identities")
        let listed: String = refs.isEmpty ? "none" : refs.joined(separator: ",")
        let action: String = "rank registered offenders by geographic profile (" + grid + classes + "): " + counts
            + "; ranked: " + listed
        try c.query(
            "SELECT ansim_audit_append($1, $2, $3, $4)", [action, subject, purpose, role],
            purpose: "audit the offender ranking")
        _ = outside  // only addresses on the envelope's far edges fall outside the cells
        return (result, ranks.count)
    }
}
