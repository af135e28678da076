import Foundation

/// `--method rtm`: a ``RiskTerrainModel`` fitted to all training events; the forecast of
/// a cell is its expected count in the horizon, exp(β₀ + Σβₖ·layerₖ) × H / (training
/// days), i.e. the relative risk score rescaled. RTM has no setting to tune; its inner
/// folds (each fitting its own model) only score it for the ensemble.
enum RiskTerrainForecast {
    static func run(
        events: ForecastEvents, grid: Grid, folds: InnerFolds, settings: ForecastSettings
    ) throws -> ComponentForecast {
        guard let factors = settings.riskFactors else {
            throw AnalyticsError(
                "rtm: no risk factors were given (--risk-factors x,y,category); with none there is nothing to model"
            )
        }
        let horizon = settings.horizon
        let selection = try InnerBacktest.select(
            candidates: 1, folds: folds, grid: grid, coverage: settings.coverage, fallback: 0
        ) { fold in
            // A fold whose model cannot be fitted scores 0.
            [
                (try? scores(factors: factors, events: fold.training, grid: grid, horizon: horizon).scores)
                    ?? [Double](repeating: 0, count: grid.count)
            ]
        }
        let (final, model) = try scores(factors: factors, events: events, grid: grid, horizon: horizon)
        var parameters = ForecastParameters()
        parameters.rtm = model
        return ComponentForecast(method: .rtm, selection: selection, scores: final, parameters: parameters)
    }

    static func scores(
        factors: RiskFactors, events: ForecastEvents, grid: Grid, horizon: Double
    ) throws -> (scores: [Double], model: RiskTerrainModel) {
        let model = try RiskTerrainModel.fit(factors: factors, events: events, grid: grid)
        let rrs = try model.relativeRiskScores(factors: factors, grid: grid)
        let scale = exp(model.regression.coefficients[0]) * horizon / max(events.end - events.start, 1e-9)
        return (rrs.map { $0 * scale }, model)
    }
}
