import AnsimGeo
import AnsimStore

/// The SQL behind a report's counts: the events of an area (points inside its boundary,
/// EPSG:5179) in Asia/Seoul day windows. Returns rows; ``Trend`` turns them into figures.
public struct ReportQueries: Sendable {
    public let agency: String
    /// The area's boundary, EPSG:5179.
    public let boundary: Geometry
    public let period: ReportPeriod

    public init(agency: String, boundary: Geometry, period: ReportPeriod) {
        (self.agency, self.boundary, self.period) = (agency, boundary, period)
    }

    /// The three windows: the period (0), the previous period (1), the same period a year earlier (2).
    var windows: [String] {
        [period, period.previous, period.sameLastYear].flatMap { [$0.start.description, $0.end.description] }
    }

    static func windowed(_ table: String, time: String, key: String) -> String {
        """
        WITH w(i, a, b) AS (VALUES (0, $3::date, $4::date), (1, $5::date, $6::date), (2, $7::date, $8::date))
        SELECT e.\(key)::text, w.i, count(*), bool_or(e.synthetic)
        FROM w JOIN \(table) e
          ON e.\(time) >= w.a::timestamp AT TIME ZONE 'Asia/Seoul' AND e.\(time) < w.b::timestamp AT TIME ZONE 'Asia/Seoul'
        WHERE e.agency = $1 AND ST_Intersects(e.geom, $2::geometry)
        GROUP BY 1, 2
        """
    }

    /// Incidents by crime class and window, and whether any is synthetic.
    public func crimes(on c: Connection) throws -> (rows: [(String, Int, Int)], synthetic: Bool) {
        try counts(Self.windowed("incident", time: "occurred_at", key: "crime_class"), on: c)
    }

    /// 112 calls by code and window, and whether any is synthetic.
    public func calls(on c: Connection) throws -> (rows: [(String, Int, Int)], synthetic: Bool) {
        try counts(Self.windowed("call_112", time: "received_at", key: "code"), on: c)
    }

    func counts(_ sql: String, on c: Connection) throws -> (rows: [(String, Int, Int)], synthetic: Bool) {
        let result = try c.query(sql, [agency, boundary] + windows, purpose: "count the report's events")
        var synthetic = false
        let rows = try result.map { row -> (String, Int, Int) in
            if row[3] == "t" { synthetic = true }
            return (row[0] ?? "(none)", try row.decode(Int.self, at: 1), try row.decode(Int.self, at: 2))
        }
        return (rows, synthetic)
    }

    /// Minutes from received to arrived for every call of the period (nil when not arrived).
    public func responses(on c: Connection) throws -> [(Int, Double?)] {
        let sql = """
            SELECT code, extract(epoch FROM arrived_at - received_at) / 60 FROM call_112
            WHERE agency = $1 AND ST_Intersects(geom, $2::geometry)
              AND received_at >= $3::date::timestamp AT TIME ZONE 'Asia/Seoul'
              AND received_at < $4::date::timestamp AT TIME ZONE 'Asia/Seoul'
            """
        return try c.query(
            sql, [agency, boundary, period.start.description, period.end.description],
            purpose: "read response times"
        ).map { (try $0.decode(Int.self, at: 0), $0[1].flatMap(Double.init)) }
    }

    /// Incidents and calls per day of the period (every day, zeros included).
    public func daily(on c: Connection) throws -> DailySeries {
        let sql = """
            SELECT to_char(d, 'YYYY-MM-DD'),
              (SELECT count(*) FROM incident e WHERE e.agency = $1 AND ST_Intersects(e.geom, $2::geometry)
                 AND e.occurred_at >= d::timestamp AT TIME ZONE 'Asia/Seoul'
                 AND e.occurred_at < (d + 1)::timestamp AT TIME ZONE 'Asia/Seoul'),
              (SELECT count(*) FROM call_112 e WHERE e.agency = $1 AND ST_Intersects(e.geom, $2::geometry)
                 AND e.received_at >= d::timestamp AT TIME ZONE 'Asia/Seoul'
                 AND e.received_at < (d + 1)::timestamp AT TIME ZONE 'Asia/Seoul')
            FROM generate_series($3::date, $4::date - 1, interval '1 day') g(t), LATERAL (SELECT t::date AS d) x
            ORDER BY 1
            """
        let rows = try c.query(
            sql, [agency, boundary, period.start.description, period.end.description],
            purpose: "count events per day")
        return DailySeries(
            days: rows.map { $0[0] ?? "" }, incidents: try rows.map { try $0.decode(Int.self, at: 1) },
            calls: try rows.map { try $0.decode(Int.self, at: 2) })
    }
}
