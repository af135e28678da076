/// What a forecast is asked for, besides the events and the grid.
public struct ForecastSettings: Sendable {
    /// Length of the forecast period, days (it starts at the end of the training events).
    public var horizon: Double
    /// The share of the grid's cells the parameters are tuned to flag (PAI is measured on
    /// the top ⌊coverage · cells⌋ cells in the inner backtests).
    public var coverage: Double
    /// Seeds every random choice (the SEPP's spreading of date-only times over the day).
    public var seed: UInt64
    /// Risk factors for RTM (and for the ensemble, which leaves RTM out without them).
    public var riskFactors: RiskFactors?
    /// The most rolling-origin folds an inner backtest uses.
    public var maxFolds: Int

    public init(
        horizon: Double, coverage: Double = 0.01, seed: UInt64 = 1, riskFactors: RiskFactors? = nil,
        maxFolds: Int = 6
    ) {
        self.horizon = horizon
        self.coverage = coverage
        self.seed = seed
        self.riskFactors = riskFactors
        self.maxFolds = maxFolds
    }

    /// Throws a one-line ``AnalyticsError`` for a horizon, coverage or fold count out of range.
    func validate() throws {
        guard horizon.isFinite, horizon > 0 else {
            throw AnalyticsError("forecast: the horizon must be a positive duration (got \(horizon) days)")
        }
        guard coverage > 0, coverage <= 1 else {
            throw AnalyticsError("forecast: the coverage must be in (0, 1] (got \(coverage))")
        }
        guard maxFolds >= 1 else { throw AnalyticsError("forecast: at least one inner fold is needed") }
    }
}
