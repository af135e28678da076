import AnsimAnalytics
import AnsimETL
import AnsimGeo
import AnsimSupport
import ArgumentParser
import Foundation

/// `ansim backtest`: the rolling-origin forecast backtest on the Portland calls for service.
struct BacktestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backtest",
        abstract: "Backtest the forecast methods against fixed-setting KDE on real data.",
        discussion: """
            DATASET is "portland" (the NIJ Real-Time Crime Forecasting Challenge calls for \
            service, August and September 2016, read from DATA/us_calls_for_service/portland_nij \
            and transformed from EPSG:2913 to EPSG:26910, metres) or a CSV with x,y,t in metres.

            For each test period (from --test-start, --periods of --horizon each) every method \
            is trained on all events before it, choosing its settings inside that training \
            period only, and scored by hit rate, PAI and PEI at 0.5 %, 1 % and 5 % coverage; \
            so are fixed quartic KDEs (bandwidths 75–600 m × look-backs 7, 14, 28 days and all), \
            the best of which (chosen on the test periods: optimistic) is the baseline. A \
            reference row ranks cells by the counts of all the other events, future included: \
            not a forecast but a ceiling for any stationary estimate. The grid \
            is the extent of the events before --test-start. --out writes the markdown table into \
            the file between <!-- backtest:begin HORIZON CATEGORY --> and <!-- backtest:end \
            HORIZON CATEGORY --> (e.g. "7d all"), replacing the old table, or appends it.

            EXAMPLE
              ansim backtest portland --cell 150 --out docs/ANALYTICS-BACKTEST.md
            """
    )

    @Argument(help: "portland, or a CSV with x,y,t.")
    var dataset: String
    @Option(help: "Shared data folder (default $ANSIM_DATA or ../shared/data).")
    var data: String?
    @Option(help: "Cell size in metres.")
    var cell = 150.0
    @Option(help: "Portland CATEGORY: all, burglary, street, auto, or a CATEGORY value.")
    var category = "all"
    @Option(help: "Test period length: 7d, 1d, …")
    var horizon = "7d"
    @Option(name: .customLong("test-start"), help: "First test day (default 2016-09-01 for portland).")
    var testStart: String?
    @Option(help: "Number of test periods (default: all whole periods in the data).")
    var periods: Int?
    @Option(help: "Seed for the random choices.")
    var seed: UInt64 = 1
    @Option(help: "Write the markdown table here.")
    var out: String?
    @Flag(help: "Print the full report (parameters chosen per period) as JSON.")
    var json = false
    @Option(
        name: .customLong("only-period"),
        help: ArgumentHelp(
            "Compute only test period K (0-based) of the series.",
            discussion:
                "One task of `ansim batch backtest`: same grid and settings as the whole run; with --json its report is what --merge reads."
        ))
    var onlyPeriod: Int?
    @Option(
        help: ArgumentHelp(
            "Read the period reports (*.json from --only-period K --json) in this folder instead of computing.",
            discussion:
                "Every period of the series must be there once; the output is what one run over all of them prints."
        ))
    var merge: String?
    @Option(help: "The dataset's name in the output (default: DATASET).")
    var name: String?
    @Flag(help: "Print the test periods (JSON: periods, origins, grid) and exit.")
    var plan = false

    func run() throws {
        let days: Double
        do { days = try ForecastInput.horizon(horizon) } catch { throw AnsimError(error.description) }
        let events =
            try dataset == "portland"
            ? PortlandCalls.load(folder: data, category: category) : ForecastCommand.readEvents(dataset)
        guard let start = ForecastTime.parse(testStart ?? (dataset == "portland" ? "2016-09-01" : "")) else {
            throw AnsimError(
                "--test-start \(testStart ?? ""): expected an ISO date (required for a CSV dataset)")
        }
        let training = events.before(start.days)
        guard training.count >= 2 else {
            throw AnsimError("\(dataset): fewer than 2 events before \(ForecastTime.format(start.days))")
        }
        let grid = Grid(
            bbox: training.xs.min()!, training.ys.min()!, training.xs.max()! + 1e-6,
            training.ys.max()! + 1e-6,
            cell: cell)
        let count = periods ?? Int(((events.end - start.days) / days + 1e-9).rounded(.down))
        guard count >= 1 else {
            throw AnsimError("\(dataset): no whole \(horizon) test period after the test start")
        }
        let origins = (0..<count).map { start.days + Double($0) * days }
        if plan { return try printPlan(origins, grid: grid) }
        let baselines = [nil, 28, 14, 7].flatMap { (lb: Double?) in
            [75.0, 100, 150, 200, 250, 300, 400, 600].map {
                KDEForecast.Parameters(bandwidth: $0, lookback: lb)
            }
        }
        let coverages = [0.005, 0.01, 0.05]
        var report: BacktestReport
        do {
            if let merge {
                report = try BacktestReport.merged(
                    try Self.periodReports(in: merge), origins: origins.map(ForecastTime.format))
                guard report.grid == "\(grid.rows)×\(grid.cols)", report.cell == grid.cell,
                    report.horizonDays == days
                else {
                    throw AnsimError(
                        "\(merge): the period reports are of grid \(report.grid), \(report.cell) m, \(report.horizonDays) d; "
                            + "this backtest's is \(grid.rows)×\(grid.cols), \(grid.cell) m, \(days) d")
                }
            } else {
                report = try Backtest.run(
                    events: events, grid: grid, origins: try selected(origins),
                    methods: [.kde, .sepp, .nearrepeat, .ensemble], baselines: baselines,
                    coverages: coverages,
                    settings: ForecastSettings(horizon: days, seed: seed), ceiling: true,
                    progress: { FileHandle.standardError.write(Data("  \($0)\n".utf8)) })
            }
        } catch let e as AnalyticsError {
            throw AnsimError("\(dataset): \(e.description)")
        }
        let text = summary(report, events: events.count, grid: grid)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
        } else {
            print(text, terminator: "")
        }
        if let out { try write(text, to: out) }
    }

    /// The table with a header line and the ensemble-versus-baseline verdict at 1 %.
    func summary(_ report: BacktestReport, events: Int, grid: Grid) -> String {
        var s =
            "Backtest of \(name ?? dataset) (\(category) calls, \(events) events), \(report.origins.count) test periods of "
        s +=
            "\(horizon) from \(report.origins[0]); grid \(report.grid) cells of \(AnalyticsIO.number(grid.cell)) m; "
        s += "seed \(seed). Means over the periods.\n\n" + report.markdown() + "\n"
        if let e = report.row(.ensemble, coverage: 0.01), let b = report.bestBaseline(coverage: 0.01) {
            let gain = (e.pai / b.pai - 1) * 100
            s += String(
                format: "Ensemble PAI at 1 %%: %.2f; best fixed KDE (%@): %.2f; ", e.pai, b.name, b.pai)
            s += String(format: "%+.1f %%. Goal (+10 %%): %@.\n", gain, gain >= 10 ? "met" : "not met")
            if let c = report.rows.first(where: { $0.kind == .reference && $0.coverage == 0.01 }) {
                s += String(
                    format:
                        "Ceiling (cell counts of all other periods, future included): %.2f, %+.1f %% over that KDE.\n",
                    c.pai, (c.pai / b.pai - 1) * 100)
            }
        }
        return s
    }

    /// Writes `text` to `path` between the markers `<!-- backtest:begin HORIZON CATEGORY -->`
    /// and `<!-- backtest:end HORIZON CATEGORY -->`, replacing what was there; appends the
    /// marked block when the file lacks them (creating the file if needed).
    func write(_ text: String, to path: String) throws {
        let key = "\(horizon) \(category)"
        let (begin, end) = ("<!-- backtest:begin \(key) -->", "<!-- backtest:end \(key) -->")
        let old = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        var body = old + (old.isEmpty || old.hasSuffix("\n\n") ? "" : "\n") + "\(begin)\n\(text)\(end)\n"
        if let a = old.range(of: begin), let b = old.range(of: end, range: a.upperBound..<old.endIndex) {
            body = String(old[..<a.upperBound]) + "\n" + text + String(old[b.lowerBound...])
        }
        do { try body.write(toFile: path, atomically: true, encoding: .utf8) } catch {
            throw AnsimError("cannot write \(path): \(error.localizedDescription)")
        }
    }
}
