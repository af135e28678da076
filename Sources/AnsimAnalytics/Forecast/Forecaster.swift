/// The entry point of `ansim forecast`: forecasts the period of length `horizon` right
/// after the training events with one method, every setting chosen from the training
/// events alone (see ``InnerBacktest``; nothing after the last training event is read).
public enum Forecaster {
    /// The methods the ensemble combines: KDE, SEPP, near-repeat, and RTM when risk
    /// factors are given.
    public static func ensembleMembers(_ settings: ForecastSettings) -> [ForecastMethod] {
        [.kde, .sepp, .nearrepeat] + (settings.riskFactors == nil ? [] : [.rtm])
    }

    /// One score per cell of `grid` (row-major) for [end, end + horizon), where end is
    /// the end of the training events (their last `t + resolution`).
    ///
    /// Throws ``AnalyticsError`` (one line) for no training events, none inside the grid,
    /// a bad horizon or coverage, or `rtm` without risk factors.
    public static func forecast(
        _ method: ForecastMethod, events: ForecastEvents, grid: Grid, settings: ForecastSettings
    ) throws -> Forecast {
        try check(method, events: events, grid: grid, settings: settings)
        let end = events.end
        let folds = InnerFolds(
            events: events, end: end, horizon: settings.horizon, maxFolds: settings.maxFolds)
        let members = method == .ensemble ? ensembleMembers(settings) : [method]
        let components = try members.map {
            try component($0, events: events, grid: grid, folds: folds, settings: settings)
        }
        return try assemble(
            method, components: components, events: events, grid: grid, folds: folds, settings: settings)
    }

    static func check(
        _ method: ForecastMethod, events: ForecastEvents, grid: Grid, settings: ForecastSettings
    ) throws {
        try settings.validate()
        guard !events.isEmpty else { throw AnalyticsError("forecast: there are no training events") }
        let inside = events.count - grid.counts(xs: events.xs, ys: events.ys).outside
        guard inside > 0 else {
            throw AnalyticsError("forecast: none of the \(events.count) training events lies inside the grid")
        }
        if method == .rtm, settings.riskFactors == nil {
            throw AnalyticsError(
                "forecast: --method rtm needs risk factors (x,y,category); without them RTM has nothing to model"
            )
        }
    }

    /// One method's tuned forecast.
    static func component(
        _ method: ForecastMethod, events: ForecastEvents, grid: Grid, folds: InnerFolds,
        settings: ForecastSettings
    ) throws -> ComponentForecast {
        switch method {
        case .kde: try KDEForecast.run(events: events, grid: grid, folds: folds, settings: settings)
        case .sepp: try SEPPForecast.run(events: events, grid: grid, folds: folds, settings: settings)
        case .nearrepeat:
            try NearRepeatForecast.run(events: events, grid: grid, folds: folds, settings: settings)
        case .rtm: try RiskTerrainForecast.run(events: events, grid: grid, folds: folds, settings: settings)
        case .ensemble: throw AnalyticsError("forecast: the ensemble is not a component")
        }
    }

    /// The forecast of `method` from already tuned components (the ensemble's members,
    /// or the method itself).
    static func assemble(
        _ method: ForecastMethod, components: [ComponentForecast], events: ForecastEvents, grid: Grid,
        folds: InnerFolds, settings: ForecastSettings
    ) throws -> Forecast {
        var parameters = ForecastParameters()
        parameters.method = method
        parameters.origin = ForecastTime.format(folds.end)
        parameters.horizonDays = settings.horizon
        parameters.coverage = settings.coverage
        parameters.seed = settings.seed
        parameters.trainingEvents = events.count
        parameters.innerFolds = folds.folds.map { ForecastTime.format($0.origin) }
        let scores: [Double]
        if method == .ensemble {
            let members = components.filter { ensembleMembers(settings).contains($0.method) }
            for c in members { parameters.merge(c.parameters) }
            let combined = try EnsembleForecast.combine(
                members, folds: folds, grid: grid, coverage: settings.coverage)
            parameters.ensemble = combined.weights
            if let pai = combined.innerPAI { parameters.innerPAI?["ensemble"] = pai }
            scores = combined.scores
        } else {
            guard let c = components.first(where: { $0.method == method }) else {
                throw AnalyticsError("forecast: \(method.rawValue) was not computed")
            }
            parameters.merge(c.parameters)
            scores = c.scores
        }
        return Forecast(
            method: method, origin: folds.end, horizon: settings.horizon, scores: scores,
            parameters: parameters)
    }
}
