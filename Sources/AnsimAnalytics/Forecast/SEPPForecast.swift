/// `--method sepp`: a ``SEPPModel`` fitted by EM on the training events, forecasting the
/// expected events per cell in the horizon. The background bandwidth η (¼, ½ or 1
/// cells) is the only setting not estimated by EM; it is chosen by ``InnerBacktest``
/// in the training period, each fold fitting its own model on its own training events.
enum SEPPForecast {
    static func bandwidths(cell: Double) -> [Double] { [0.25 * cell, 0.5 * cell, cell] }

    static func run(
        events: ForecastEvents, grid: Grid, folds: InnerFolds, settings: ForecastSettings
    ) throws -> ComponentForecast {
        let etas = bandwidths(cell: grid.cell)
        let horizon = settings.horizon
        let seed = settings.seed
        let selection = try InnerBacktest.select(
            candidates: etas.count, folds: folds, grid: grid, coverage: settings.coverage, fallback: 1
        ) { fold in
            // A fold too thin to fit (fewer than 2 events in the grid) scores 0 for every η.
            etas.map { eta in
                let model = try? SEPPModel.fit(
                    events: fold.training, grid: grid, origin: fold.origin, backgroundBandwidth: eta,
                    seed: seed)
                return model?.forecast(from: fold.origin, horizon: horizon)
                    ?? [Double](repeating: 0, count: grid.count)
            }
        }
        let origin = folds.end
        let model = try SEPPModel.fit(
            events: events, grid: grid, origin: origin, backgroundBandwidth: etas[selection.best], seed: seed)
        var parameters = ForecastParameters()
        parameters.sepp = model.parameters
        return ComponentForecast(
            method: .sepp, selection: selection, scores: model.forecast(from: origin, horizon: horizon),
            parameters: parameters)
    }
}
