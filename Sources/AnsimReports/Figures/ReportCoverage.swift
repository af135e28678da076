import AnsimGeo
import AnsimStore

/// Coverage figures: CCTV at the hotspot run's hot cells, patrol plans over the forecast
/// run's risk, and the hotline's case counts (when the hotline module's tables exist).
public enum ReportCoverage {
    /// Hot cells of run `hotspot` with a CCTV site within `radius` metres.
    public static func cctv(hotspot: Int, agency: String, radius: Double = 50, on c: Connection) throws
        -> CCTVFigure
    {
        let sql = """
            SELECT count(*), count(*) FILTER (WHERE cams > 0), coalesce(sum(cams), 0) FROM (
              SELECT (SELECT coalesce(sum(v.camera_count), 0) FROM cctv v
                      WHERE v.agency = $2 AND ST_DWithin(v.geom, a.geom, $3)) AS cams
              FROM analytics_cell a WHERE a.run_id = $1 AND a.class LIKE 'hot-%') s
            """
        let row = try c.query(sql, [hotspot, agency, radius], purpose: "count CCTV at hotspots")[0]
        let hot = try row.decode(Int.self, at: 0), covered = try row.decode(Int.self, at: 1)
        return CCTVFigure(
            hotCells: hot, coveredCells: covered, cameras: try row.decode(Int.self, at: 2),
            radiusMetres: radius,
            coveredShare: Trend.share(covered, of: hot),
            source: "analytics_run \(hotspot) hot cells × cctv sites within \(Int(radius)) m")
    }

    /// Share of forecast run `forecast`'s risk in cells within `radius` m of a stop of the
    /// latest patrol run of each box inside `boundary`.
    public static func patrol(
        forecast: Int, boundary: Geometry, agency: String, radius: Double = 50, on c: Connection
    )
        throws -> PatrolFigure
    {
        let present = try c.query(
            "SELECT to_regclass('patrol_stop') IS NOT NULL", purpose: "look for patrol plans")
        guard present.first?[0] == "t" else {
            return PatrolFigure(
                available: false, runIDs: [], coveredShare: nil, radiusMetres: radius,
                note: "no patrol plans in this database (patrol tables not installed)")
        }
        let runs = try c.query(
            """
            SELECT DISTINCT ON (r.area_name) r.id FROM analytics_run r
            WHERE r.kind = 'patrol' AND r.agency = $1 AND (r.area_name IN (
                SELECT name FROM police_org WHERE kind = 'box' AND agency = $1 AND ST_Within(geom, $2::geometry))
              OR r.area_name IN (SELECT name FROM police_org WHERE kind = 'box' AND agency = $1
                AND replace(replace(name, '지구대', ''), '파출소', '') = r.area_name AND ST_Within(geom, $2::geometry)))
            ORDER BY r.area_name, r.id DESC
            """, [agency, boundary], purpose: "find patrol runs"
        ).map { try $0.decode(Int.self, at: 0) }.sorted()
        guard !runs.isEmpty else {
            return PatrolFigure(
                available: false, runIDs: [], coveredShare: nil, radiusMetres: radius,
                note: "no patrol plan recorded for the boxes of this area (ansim patrol plan)")
        }
        let row = try c.query(
            """
            SELECT coalesce(sum(a.value) FILTER (WHERE EXISTS (SELECT 1 FROM patrol_stop s
                     WHERE s.run_id = ANY($2::bigint[]) AND ST_DWithin(s.geom, a.geom, $3))), 0),
                   coalesce(sum(a.value), 0)
            FROM analytics_cell a WHERE a.run_id = $1
            """, [forecast, runs, radius], purpose: "measure patrol coverage")[0]
        let covered = Double(row[0] ?? "0") ?? 0, total = Double(row[1] ?? "0") ?? 0
        return PatrolFigure(
            available: true, runIDs: runs, coveredShare: total > 0 ? covered / total : nil,
            radiusMetres: radius,
            note: "latest patrol plan of each box in the area; risk of analytics_run \(forecast)")
    }

    /// Hotline case counts for the area and period — counts only: the query reads no column
    /// but the case's dates and its police organisation, never a victim's or offender's data.
    /// A case belongs to the area when its police organisation (`ansim_org` → `police_org`)
    /// is the area itself or lies inside the area's boundary.
    public static func hotline(area: String, boundary: Geometry, period: ReportPeriod, on c: Connection)
        throws
        -> HotlineFigure
    {
        let present = try c.query(
            "SELECT to_regclass('hotline_case') IS NOT NULL AND to_regclass('ansim_org') IS NOT NULL",
            purpose: "look for the hotline")
        guard present.first?[0] == "t" else {
            return HotlineFigure(
                available: false, opened: nil, closed: nil, activeAtEnd: nil,
                note: "no hotline data (the hotline module's tables are not in this database)")
        }
        let sql = """
            WITH w AS (SELECT $3::date::timestamp AT TIME ZONE 'Asia/Seoul' AS a,
                              $4::date::timestamp AT TIME ZONE 'Asia/Seoul' AS b),
            h AS (SELECT h.opened_at, h.closed_at FROM hotline_case h
              JOIN ansim_org o ON o.id = h.police_org_id LEFT JOIN police_org p ON p.id = o.police_org_id
              WHERE o.name = $1 OR p.name = $1 OR ST_Within(p.geom, $2::geometry))
            SELECT count(*) FILTER (WHERE opened_at >= a AND opened_at < b),
              count(*) FILTER (WHERE closed_at >= a AND closed_at < b),
              count(*) FILTER (WHERE opened_at < b AND (closed_at IS NULL OR closed_at >= b))
            FROM h CROSS JOIN w
            """
        do {
            let row = try c.query(
                sql, [area, boundary, period.start.description, period.end.description],
                purpose: "count hotline cases")[0]
            return HotlineFigure(
                available: true, opened: Int(row[0] ?? ""), closed: Int(row[1] ?? ""),
                activeAtEnd: Int(row[2] ?? ""),
                note: "hotline_case counts by the case's police organisation; no personal data is read")
        } catch {
            return HotlineFigure(
                available: false, opened: nil, closed: nil, activeAtEnd: nil,
                note: "hotline cases could not be counted here (\(error))")
        }
    }
}
