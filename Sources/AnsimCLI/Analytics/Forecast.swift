import AnsimAnalytics
import AnsimSupport
import ArgumentParser
import Foundation

/// `ansim forecast`: a grid crime forecast for the period right after the training events.
struct ForecastCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forecast",
        abstract: "Forecast crime risk per grid cell for the period after the training events.",
        discussion: """
            Reads --train, a CSV with x,y,t (metres in a projected CRS; t an ISO date such as \
            2016-08-31, or a date-time such as 2016-08-31T14:05:00[Z|±HH:MM]). Forecasts \
            [end, end + horizon), where end is the last training time (the end of its day for \
            dates), and writes --out with row,col,x,y,score for every cell of the --bbox grid \
            (x,y = the cell centre; higher score = riskier; for kde, sepp and rtm the score is \
            the expected number of events in the cell).

            Every method chooses its own settings from the training events alone, by a \
            rolling-origin backtest inside the training period scored by PAI at --coverage:
              kde         quartic KDE; bandwidth and look-back tuned
              sepp        self-exciting point process (Mohler et al. 2011), fitted by EM
              nearrepeat  prospective hotspotting (Bowers, Johnson & Pease 2004)
              rtm         risk terrain model (Caplan & Kennedy); needs --risk-factors
              ensemble    weighted mix of the above, weights tuned in training

            FROM THE DATABASE: with --area (a 구, 행정동 or police box, as for `ansim hotspots`) \
            instead of --train/--bbox, the training events are the area's incidents (or --source \
            call_112) of the --lookback days before --to (default: the day after the latest \
            event), the grid is the area's cells, bars, lodging and convenience stores are the \
            risk-terrain factors, and the forecast is recorded as a run (analytics_run kind \
            forecast, one analytics_cell per cell; GeoJSON to --out or \
            data/generated/forecasts/run-ID.geojson) that `ansim patrol plan --forecast RUN` uses.

            EXAMPLES
              ansim forecast --area 역삼지구대 --method ensemble --horizon 7d
              ansim forecast --train aug.csv --cell 150 --bbox 512000,5025000,549100,5055500 \\
                --horizon 7d --method ensemble --out scores.csv --json
            """
    )

    @Option(help: "Training events: CSV with x,y,t.")
    var train: String?
    @Option(help: "Cell size in metres (default 100 with --area).")
    var cell: Double?
    @Option(help: "Grid extent: xmin,ymin,xmax,ymax (metres).")
    var bbox: String?
    @Option(help: "From the database: a 구, 행정동 or police box (instead of --train and --bbox).")
    var area: String?
    @Option(help: "With --area: end of training, YYYY-MM-DD (exclusive).")
    var to: String?
    @Option(help: "With --area: days of training events.")
    var lookback = 365
    @Option(help: "With --area: incident or call_112.")
    var source = "incident"
    @Option(help: "Forecast period length: e.g. 7d, 14d, 1d, 12h.")
    var horizon = "7d"
    @Option(help: "kde, sepp, nearrepeat, rtm or ensemble.")
    var method: String
    @Option(help: "Output CSV: row,col,x,y,score (with --area: GeoJSON).")
    var out: String?
    @Option(name: .customLong("risk-factors"), help: "Risk factors for rtm/ensemble: CSV with x,y,category.")
    var riskFactors: String?
    @Option(help: "Seed for the random choices (SEPP spreads date-only times over the day).")
    var seed: UInt64 = 1
    @Option(help: "Share of cells the tuning flags (PAI is tuned at this coverage).")
    var coverage = 0.01
    @Flag(help: "Print the chosen parameters as JSON.")
    var json = false

    func run() throws {
        guard let method = ForecastMethod(rawValue: method.lowercased()) else {
            throw AnsimError("--method \(method): expected one of kde, sepp, nearrepeat, rtm, ensemble")
        }
        if let area {
            guard train == nil, bbox == nil else {
                throw AnsimError(
                    "--area reads the training events from the database: drop --train and --bbox")
            }
            return try ForecastArea(
                area: area, method: method, cell: cell ?? 100, to: to, lookback: lookback, horizon: horizon,
                source: source, seed: seed, out: out, json: json
            ).run()
        }
        guard let train, let bbox, let cell, let out else {
            throw AnsimError("give --train, --cell, --bbox and --out (files), or --area (the database)")
        }
        let days: Double
        let grid: Grid
        do {
            days = try ForecastInput.horizon(horizon)
            grid = try ForecastInput.grid(bbox: bbox, cell: cell)
        } catch { throw AnsimError(error.description) }
        let events = try Self.readEvents(train)
        var factors: RiskFactors?
        if let path = riskFactors {
            let c = try AnalyticsIO.columns(path, ["x", "y", "category"])
            let xy = try AnalyticsIO.numbers(path, ["x", "y"])
            do { factors = try RiskFactors(xs: xy[0], ys: xy[1], categories: c[2]) } catch let e
                as AnalyticsError
            {
                throw AnsimError("\(path): \(e.description)")
            }
        }
        if method == .rtm, factors == nil {
            throw AnsimError(
                "--method rtm needs --risk-factors factors.csv (x,y,category): with no risk factors RTM has nothing to model"
            )
        }
        let settings = ForecastSettings(horizon: days, coverage: coverage, seed: seed, riskFactors: factors)
        let forecast: Forecast
        do {
            forecast = try Forecaster.forecast(method, events: events, grid: grid, settings: settings)
        } catch let e as AnalyticsError {
            throw AnsimError("\(train): \(e.description)")
        }
        try AnalyticsIO.write(out, header: ["row", "col", "x", "y", "score"], rows: grid.count) { i in
            let (r, c) = (i / grid.cols, i % grid.cols)
            let (x, y) = grid.center(row: r, col: c)
            return [
                String(r), String(c), AnalyticsIO.number(x), AnalyticsIO.number(y),
                AnalyticsIO.number(forecast.scores[i]),
            ]
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(forecast.parameters), as: UTF8.self))
        } else {
            print(
                "wrote \(grid.count) cells (\(grid.rows)×\(grid.cols) of \(AnalyticsIO.number(cell)) m) to \(out): "
                    + "\(method.rawValue) forecast of \(ForecastTime.format(forecast.origin)) + \(horizon) "
                    + "from \(events.count) training events")
        }
    }

    /// Training events from a CSV with x,y,t.
    static func readEvents(_ path: String) throws -> ForecastEvents {
        let text = try AnalyticsIO.columns(path, ["x", "y", "t"])
        do { return try ForecastInput.events(x: text[0], y: text[1], t: text[2]) } catch {
            throw AnsimError("\(path): \(error.description)")
        }
    }
}
