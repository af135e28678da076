/// A grid forecast: one score per cell (row-major, higher = riskier) for the period
/// [origin, origin + horizon), and the parameters the method chose.
public struct Forecast: Sendable {
    public let method: ForecastMethod
    /// Days since 1970-01-01 (see ``ForecastTime``).
    public let origin: Double
    public let horizon: Double
    public let scores: [Double]
    public let parameters: ForecastParameters

    public init(
        method: ForecastMethod, origin: Double, horizon: Double, scores: [Double],
        parameters: ForecastParameters
    ) {
        self.method = method
        self.origin = origin
        self.horizon = horizon
        self.scores = scores
        self.parameters = parameters
    }
}
