/// A rolling-origin backtest (Tashman 2000, "Out-of-sample tests of forecasting
/// accuracy", Int. J. Forecasting 16): for each origin, every method is trained on all
/// events before it (choosing its own settings inside that training period) and scored
/// on the events of [origin, origin + horizon) by hit rate, PAI and PEI at each coverage
/// (``ForecastEvaluation``). Fixed-setting quartic KDEs are scored the same way as
/// baselines. Results are averaged over the origins.
public enum Backtest {
    /// The name of the ceiling row (see `ceiling`).
    public static let ceilingName = "counts of all other periods"

    /// With `ceiling`, a reference row scores each test period by the cell counts of all
    /// the other events, before and after it: not a forecast (it reads the future), but a
    /// bound on what a stationary intensity estimate could reach.
    public static func run(
        events: ForecastEvents, grid: Grid, origins: [Double], methods: [ForecastMethod],
        baselines: [KDEForecast.Parameters], coverages: [Double], settings: ForecastSettings,
        ceiling: Bool = false, progress: (String) -> Void = { _ in }
    ) throws -> BacktestReport {
        try settings.validate()
        guard !origins.isEmpty else { throw AnalyticsError("backtest: no test periods") }
        let horizon = settings.horizon
        var results: [String: [EvaluationResult]] = [:]
        var parameters: [[String: ForecastParameters]] = []
        for origin in origins {
            let training = events.before(origin)
            let test = events.within(origin, origin + horizon)
            let forecast = try forecasts(
                events: events, grid: grid, origin: origin, methods: methods, baselines: baselines,
                settings: settings)
            var surfaces = forecast.surfaces
            parameters.append(forecast.parameters)
            if ceiling {
                let other = events.subset(
                    events.ts.indices.filter { i in
                        let t = events.time(i)
                        return t < origin || t >= origin + horizon
                    })
                surfaces.append((Self.ceilingName, grid.counts(xs: other.xs, ys: other.ys).counts))
            }
            for (name, s) in surfaces {
                for c in coverages {
                    let r = try ForecastEvaluation.evaluate(
                        scores: s, grid: grid, actualXs: test.xs, actualYs: test.ys, coverage: c)
                    results["\(name)|\(c)", default: []].append(r)
                }
            }
            progress(
                "\(ForecastTime.format(origin)): trained on \(training.count) events, tested on \(test.count)"
            )
        }
        var rows: [BacktestRow] = []
        for c in coverages {
            for m in methods {
                rows.append(
                    BacktestRow(
                        name: m.rawValue, kind: .method, coverage: c, periods: results["\(m.rawValue)|\(c)"]!)
                )
            }
            for b in baselines {
                let name = "kde " + b.label
                rows.append(
                    BacktestRow(name: name, kind: .baseline, coverage: c, periods: results["\(name)|\(c)"]!))
            }
            if ceiling {
                let periods = results["\(Self.ceilingName)|\(c)"]!
                rows.append(
                    BacktestRow(name: Self.ceilingName, kind: .reference, coverage: c, periods: periods))
            }
        }
        return BacktestReport(
            origins: origins.map(ForecastTime.format), horizonDays: horizon, cell: grid.cell,
            grid: "\(grid.rows)×\(grid.cols)", coverages: coverages, rows: rows, parameters: parameters)
    }

    /// Every method's and baseline's forecast from `origin`, using only the events before
    /// it (the backtest's training set), and the parameters each method chose.
    public static func forecasts(
        events: ForecastEvents, grid: Grid, origin: Double, methods: [ForecastMethod],
        baselines: [KDEForecast.Parameters], settings: ForecastSettings
    ) throws -> (surfaces: [(String, [Double])], parameters: [String: ForecastParameters]) {
        let training = events.before(origin)
        for m in methods { try Forecaster.check(m, events: training, grid: grid, settings: settings) }
        let folds = InnerFolds(
            events: training, end: origin, horizon: settings.horizon, maxFolds: settings.maxFolds)
        var needed = Set(methods.filter { $0 != .ensemble })
        if methods.contains(.ensemble) { needed.formUnion(Forecaster.ensembleMembers(settings)) }
        let components = try ForecastMethod.allCases.filter(needed.contains).map {
            try Forecaster.component($0, events: training, grid: grid, folds: folds, settings: settings)
        }
        var chosen: [String: ForecastParameters] = [:]
        var surfaces: [(String, [Double])] = []
        for m in methods {
            let f = try Forecaster.assemble(
                m, components: components, events: training, grid: grid, folds: folds, settings: settings)
            chosen[m.rawValue] = f.parameters
            surfaces.append((m.rawValue, f.scores))
        }
        for b in baselines {
            let s = try KDEForecast.scores(
                events: training, origin: origin, horizon: settings.horizon, grid: grid, parameters: b)
            surfaces.append(("kde " + b.label, s))
        }
        return (surfaces, chosen)
    }
}
