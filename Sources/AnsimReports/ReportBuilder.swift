import AnsimAnalyticsStore
import AnsimStore
import AnsimSupport
import Foundation

/// Builds one report: resolves the area, counts the events, creates or reuses the hotspot
/// and forecast runs, measures coverage, and writes `report.html`, the SVG maps and charts,
/// `map.html`, `figures.json` and `report.pdf` into the request's folder.
public enum ReportBuilder {
    /// Builds the report for `request`, recorded as `report_run` `reportRunID`.
    public static func build(_ request: ReportRequest, reportRunID: Int, on c: Connection) throws
        -> ReportOutput
    {
        let clock = ContinuousClock.now
        let area = try AnalysisArea.resolve(request.area, level: request.level, agency: request.agency, on: c)
        let figures = try compute(request, area: area, reportRunID: reportRunID, on: c)
        let files = ReportFiles(directory: request.outDir)
        try files.prepare()
        var maps: [(caption: String, svg: String)] = []
        let mapper = ReportMap(
            agency: request.agency, boundary: area.geometry, title: "\(area.name) 핫스팟 — \(figures.period)")
        if let h = figures.hotspot {
            maps.append(
                (
                    "핫스팟 (analytics_run \(h.runID))",
                    try mapper.render(.hotspots(run: h.runID, period: request.period), on: c)
                ))
            try files.write(maps.last!.svg, to: "hotspots.svg")
        }
        if let f = figures.forecast {
            let forecastMap = ReportMap(
                agency: request.agency, boundary: area.geometry, title: "\(area.name) 예측 위험 — \(f.to) 이후")
            maps.append(
                (
                    "예측 (analytics_run \(f.runID))",
                    try forecastMap.render(.forecast(run: f.runID, patrolRuns: figures.patrol.runIDs), on: c)
                ))
            try files.write(maps.last!.svg, to: "forecast.svg")
        }
        for (name, svg) in ReportCharts.all(figures) { try files.write(svg, to: name) }
        try files.write(ReportHTML.render(figures), to: "report.html")
        try files.write(
            MapPage.render(
                title: "\(area.name) 지도 — \(figures.period)", synthetic: figures.synthetic, maps: maps),
            to: "map.html")
        try files.write(try ReportJSON.encode(figures), to: "figures.json")
        var pdf: String? = nil
        if request.pdf {
            pdf = files.path("report.pdf")
            try ReportPDF.write(html: files.path("report.html"), pdf: pdf!)
        }
        let elapsed = ContinuousClock.now - clock
        return ReportOutput(
            reportRunID: reportRunID, figures: figures, directory: files.directory,
            html: files.path("report.html"),
            pdf: pdf, json: files.path("figures.json"), map: files.path("hotspots.svg"),
            mapPage: files.path("map.html"),
            seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
    }

    /// The figures alone (no files).
    public static func compute(
        _ request: ReportRequest, area: AnalysisArea, reportRunID: Int, on c: Connection
    ) throws
        -> ReportFigures
    {
        let period = request.period
        let q = ReportQueries(agency: request.agency, boundary: area.geometry, period: period)
        let crimes = try q.crimes(on: c)
        let calls = try q.calls(on: c)
        let window =
            "\(period.start) … \(period.end) (전기 \(period.previous.label), 전년 \(period.sameLastYear.label))"
        var runs = ReportRuns(area: area, period: period)
        (runs.agency, runs.cell, runs.forecastMethod, runs.fresh) = (
            request.agency, request.cell, request.forecastMethod, request.fresh
        )
        let hotspot = try runs.hotspot(on: c)
        let forecast = try? runs.forecast(on: c)  // nil when the area has fewer than 2 training events
        let km2 = try c.query(
            "SELECT ST_Area($1::geometry) / 1e6", [area.geometry], purpose: "measure the area")[0]
        let patrol =
            try forecast.map {
                try ReportCoverage.patrol(
                    forecast: $0.runID, boundary: area.geometry, agency: request.agency, on: c)
            }
            ?? PatrolFigure(
                available: false, runIDs: [], coveredShare: nil, radiusMetres: 50,
                note: "no forecast (fewer than 2 incidents in the training year)")
        return ReportFigures(
            reportRunID: reportRunID, kind: period.kind.rawValue, period: period.label,
            periodStart: period.start.description, periodEnd: period.end.description,
            previousPeriod: period.previous.label, lastYearPeriod: period.sameLastYear.label,
            area: AreaFigure(
                name: area.name, level: area.level.rawValue, squareKilometres: Double(km2[0] ?? "0") ?? 0,
                note: area.note),
            synthetic: crimes.synthetic || calls.synthetic || hotspot.synthetic
                || (forecast?.synthetic ?? false),
            generatedAt: ReportJSON.seoulTimestamp(Date()), codeVersion: AnsimVersion.current,
            crimes: Trend.table(
                crimes.rows, always: ["살인", "강도", "강간·강제추행", "절도", "폭력"],
                source: "incident, points inside the area, \(window)"),
            calls: Trend.table(
                calls.rows, always: ["0", "1", "2", "3", "4"], source: "call_112 by code, \(window)"),
            daily: try q.daily(on: c),
            response: Trend.response(try q.responses(on: c), targets: request.targets),
            responseSource: "call_112 received_at → arrived_at, \(period.start) … \(period.end); targets: "
                + "codes 0–1 5 min, code 2 15 min, code 3 12 h (agency assumption; docs/REPORTS.md)",
            hotspot: hotspot, forecast: forecast, patrol: patrol,
            cctv: try ReportCoverage.cctv(hotspot: hotspot.runID, agency: request.agency, on: c),
            hotline: try ReportCoverage.hotline(
                area: area.name, boundary: area.geometry, period: period, on: c),
            cpted: try forecast.map {
                try ReportCoverage.cpted(forecast: $0.runID, boundary: area.geometry, agency: request.agency, on: c)
            })
    }
}
