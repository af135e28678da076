import AnsimAnalytics
import AnsimStore
import AnsimSupport
import Foundation

/// Runs a ``ForecastRequest``: the area's grid (as for hotspots), training events with their
/// times, risk sites as risk-terrain factors, ``Forecaster`` from the array core, and the
/// recorded run (kind `forecast`; classes `top-1`/`top-5` for the riskiest 1 % and 5 % of
/// the area's cells).
public enum ForecastJob {
    public static func run(_ request: ForecastRequest, on connection: Connection) throws -> HotspotResult {
        let clock = ContinuousClock.now
        let area = try request.resolvedArea
            ?? AnalysisArea.resolve(request.area, level: request.level, agency: request.agency, on: connection)
        var window = HotspotRequest(area: request.area, method: .kde)
        (window.agency, window.source, window.to) = (request.agency, request.source, request.to)
        let (_, to) = try HotspotWindow.resolve(window, on: connection)
        let from = try connection.query(
            "SELECT to_char($1::date - $2::int, 'YYYY-MM-DD')", [to, request.lookback], purpose: "look back"
        )[0][0]!
        window.from = from
        window.to = to
        window.classes = request.classes
        let layout = try HotspotGrid(area: area, cell: request.cell)
        let grid = layout.grid
        let events = try HotspotEvents.read(
            window, from: from, to: to, grid: grid, margin: request.margin, withTimes: true, on: connection)
        guard events.xs.count >= 2 else {
            throw AnsimError(
                "\(area.name): \(events.xs.count) training events from \(from) to \(to); a forecast needs at least 2"
            )
        }
        let factors = try RiskSites.read(
            categories: request.riskCategories, grid: grid, margin: request.margin, on: connection)
        let forecast: Forecast
        do {
            let training = try ForecastEvents(xs: events.xs, ys: events.ys, ts: events.ts)
            let settings = ForecastSettings(
                horizon: request.horizon, seed: request.seed, riskFactors: factors)
            forecast = try Forecaster.forecast(
                request.method, events: training, grid: grid, settings: settings)
        } catch {
            throw AnsimError("\(area.name): \(error)")
        }
        let all = grid.counts(xs: events.xs, ys: events.ys).counts
        let counts = layout.cells.map { all[$0] }
        let values = layout.cells.map { forecast.scores[$0] }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let chosen = String(decoding: try encoder.encode(forecast.parameters), as: UTF8.self)
        let result = HotspotResult(
            runID: 0, info: try request.info(chosen: chosen), area: area, from: from, to: to, grid: grid,
            cells: layout.cells, counts: counts, values: values, z: nil, p: nil,
            classes: HotspotClass.kde(density: values), events: Int(counts.reduce(0, +)),
            eventsRead: events.xs.count, synthetic: events.synthetic, seconds: 0)
        return try RunRecorder.record(result, seconds: (ContinuousClock.now - clock).seconds, on: connection)
    }
}
