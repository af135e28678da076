/// One method's tuned forecast: its inner-backtest selection (with the chosen settings'
/// scores on every inner fold, which the ensemble combines) and its final scores from
/// the end of the training period.
struct ComponentForecast: Sendable {
    let method: ForecastMethod
    let selection: InnerBacktest.Selection
    let scores: [Double]
    let parameters: ForecastParameters

    init(
        method: ForecastMethod, selection: InnerBacktest.Selection, scores: [Double],
        parameters: ForecastParameters
    ) {
        self.method = method
        self.selection = selection
        self.scores = scores
        var p = parameters
        if !selection.meanPAI.isEmpty { p.innerPAI = [method.rawValue: selection.meanPAI[selection.best]] }
        self.parameters = p
    }
}
