import AnsimAnalytics
import AnsimAnalyticsStore
import AnsimStore
import AnsimSupport

/// The recorded analytics runs a report shows: a Gi* hotspot run over the weeks up to the
/// period's end and a forecast run for the next period, each reused when a run with the
/// same kind, method, area, window, cell size and code version is already recorded.
public struct ReportRuns: Sendable {
    public var agency = "seoul"
    public var area: AnalysisArea
    public var period: ReportPeriod
    public var cell = 100.0
    public var forecastMethod = ForecastMethod.kde
    /// Record new runs even when identical ones exist.
    public var fresh = false

    public init(area: AnalysisArea, period: ReportPeriod) {
        (self.area, self.period) = (area, period)
    }

    /// The hotspot window: the 28 days (weekly) or 3 months (monthly) up to the period's end,
    /// so that a week's sparse events still show the persistent hotspots.
    public var hotspotFrom: CivilDate {
        period.kind == .weekly ? period.end.adding(days: -28) : period.start.firstOfMonth(adding: -2)
    }

    /// The hotspot run (created or reused).
    public func hotspot(on c: Connection) throws -> RunFigure {
        let from = hotspotFrom.description, to = period.end.description
        if !fresh, let id = try existing("hotspot", "gistar", from: from, to: to, extra: "", on: c) {
            return try Self.figure(run: id, reused: true, on: c)
        }
        var request = HotspotRequest(area: area.name, method: .gistar)
        (request.agency, request.level, request.from, request.to, request.cell) = (
            agency, area.level, from, to, cell
        )
        let result = try HotspotJob.run(request, on: c)
        return try Self.figure(run: result.runID, reused: false, on: c)
    }

    /// The forecast run for the next period (created or reused): trained on the 365 days
    /// before the period's end, horizon the next period's length.
    public func forecast(on c: Connection) throws -> RunFigure {
        let horizon = Double(period.next.days)
        let to = period.end.description
        let extra =
            " AND (parameters->>'horizon_days')::float8 = \(horizon) AND (parameters->>'lookback_days')::int = 365"
        if !fresh,
            let id = try existing("forecast", forecastMethod.rawValue, from: nil, to: to, extra: extra, on: c)
        {
            return try Self.figure(run: id, reused: true, on: c)
        }
        var request = ForecastRequest(area: area.name, method: forecastMethod)
        (request.agency, request.level, request.to, request.cell) = (agency, area.level, to, cell)
        (request.horizon, request.lookback) = (horizon, 365)
        let result = try ForecastJob.run(request, on: c)
        return try Self.figure(run: result.runID, reused: false, on: c)
    }

    func existing(
        _ kind: String, _ method: String, from: String?, to: String, extra: String, on c: Connection
    ) throws
        -> Int?
    {
        let sql = """
            SELECT id FROM analytics_run
            WHERE agency = $1 AND kind = $2 AND method = $3 AND area_level = $4 AND area_name = $5
              AND input_table = 'incident' AND input_filter = '{}'::jsonb
              AND ($6::date IS NULL OR input_from = $6::date::timestamp AT TIME ZONE 'Asia/Seoul')
              AND input_to = $7::date::timestamp AT TIME ZONE 'Asia/Seoul'
              AND (parameters->>'cell')::float8 = $8 AND code_version = $9\(extra)
            ORDER BY id DESC LIMIT 1
            """
        let rows = try c.query(
            sql,
            [agency, kind, method, area.level.rawValue, area.name, from, to, cell, AnsimVersion.current],
            purpose: "look for a recorded \(kind) run")
        return try rows.first.map { try $0.decode(Int.self, at: 0) }
    }

    /// The figure of a recorded run, read back from `analytics_run` and `analytics_cell`.
    public static func figure(run id: Int, reused: Bool, on c: Connection) throws -> RunFigure {
        let sql = """
            SELECT kind, method, to_char(input_from AT TIME ZONE 'Asia/Seoul', 'YYYY-MM-DD'),
              to_char(input_to AT TIME ZONE 'Asia/Seoul', 'YYYY-MM-DD'), input_rows, synthetic_input,
              (SELECT count(*) FROM analytics_cell WHERE run_id = r.id),
              (SELECT coalesce(sum(value), 0) FROM analytics_cell WHERE run_id = r.id),
              coalesce(summary->'classes', '{}')::text
            FROM analytics_run r WHERE id = $1
            """
        guard let row = try c.query(sql, [id], purpose: "read run \(id)").first else {
            throw AnsimError("analytics_run \(id) does not exist")
        }
        let classes = try JSONDecoderShim.counts(row[8] ?? "{}")
        return RunFigure(
            runID: id, kind: row[0] ?? "", method: row[1] ?? "", from: row[2] ?? "", to: row[3] ?? "",
            cells: try row.decode(Int.self, at: 6), events: Int(row[4] ?? "0") ?? 0, classes: classes,
            valueSum: Double(row[7] ?? "0") ?? 0, reused: reused, synthetic: row[5] == "t")
    }
}
