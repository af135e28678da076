import AnsimStore
import Hummingbird

/// A recorded analytics run as the map names it: what it computed, over which area and
/// window (Asia/Seoul days; `input_to` exclusive, as recorded), and whether its input
/// was synthetic.
public struct MapRun: Codable, Sendable, Equatable {
    public var id: Int64
    public var kind: String
    public var method: String
    public var areaName: String?
    public var inputFrom: String?
    public var inputTo: String?
    public var createdAt: String
    public var synthetic: Bool
    public var cell: Double?

    enum CodingKeys: String, CodingKey {
        case id, kind, method, synthetic, cell
        case areaName = "area_name"
        case inputFrom = "input_from"
        case inputTo = "input_to"
        case createdAt = "created_at"
    }

    /// The columns of ``MapRun`` from `analytics_run r`.
    static let columns = """
        r.id, r.kind, r.method, r.area_name,
        to_char(r.input_from AT TIME ZONE 'Asia/Seoul', 'YYYY-MM-DD') AS input_from,
        to_char(r.input_to AT TIME ZONE 'Asia/Seoul', 'YYYY-MM-DD') AS input_to,
        to_char(r.created_at AT TIME ZONE 'Asia/Seoul', 'YYYY-MM-DD"T"HH24:MI:SS+09:00') AS created_at,
        r.synthetic_input AS synthetic, r.grid_cell AS cell
        """

    /// The most recent runs of `kind` (newest first), at most `limit`.
    static func recent(kind: String?, limit: Int, on c: Connection) throws -> [MapRun] {
        try c.query(
            """
            SELECT \(columns) FROM analytics_run r
            WHERE r.kind IN ('hotspot', 'forecast', 'patrol') AND ($1::text IS NULL OR r.kind = $1)
            ORDER BY r.id DESC LIMIT $2
            """, [kind, limit], purpose: "list recorded runs for the map"
        ).decode(MapRun.self)
    }

    /// The run the map draws for `kind`: the one asked for (404 when it is not of that
    /// kind), else the one whose input window ends last — among those ending by the end
    /// of the day `to` when `to` is given — and the newest of those. Emerging hotspot runs
    /// are never the default: their classes are categories, which the hotspot layer does not draw.
    static func chosen(kind: String, filter: MapFilter, on c: Connection) throws -> MapRun? {
        if let id = filter.run {
            let rows = try c.query(
                "SELECT \(columns) FROM analytics_run r WHERE r.id = $1 AND r.kind = $2", [id, kind],
                purpose: "read the chosen run"
            ).decode(MapRun.self)
            guard let run = rows.first else {
                throw HTTPError(.notFound, message: "no \(kind) run \(id)")
            }
            return run
        }
        return try c.query(
            """
            SELECT \(columns) FROM analytics_run r WHERE r.kind = $1
              AND r.method <> 'emerging'  -- its classes are categories, not the hot/cold classes drawn
              AND ($2::date IS NULL OR r.input_to <= ($2::date + 1)::timestamp AT TIME ZONE 'Asia/Seoul')
            ORDER BY r.input_to DESC NULLS LAST, r.id DESC LIMIT 1
            """, [kind, filter.to], purpose: "find the latest \(kind) run"
        ).decode(MapRun.self).first
    }
}
