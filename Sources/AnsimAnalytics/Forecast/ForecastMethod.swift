/// The forecasting methods of `ansim forecast --method`.
public enum ForecastMethod: String, Sendable, CaseIterable, Codable {
    /// Quartic kernel density of recent events (bandwidth and look-back tuned).
    case kde
    /// Self-exciting point process (Mohler et al. 2011), fitted by EM.
    case sepp
    /// Prospective hotspotting / near-repeat weighting (Bowers, Johnson & Pease 2004).
    case nearrepeat
    /// Risk terrain modelling (Caplan & Kennedy 2011); needs risk factors.
    case rtm
    /// Weighted combination of the others, weights tuned by backtesting in training.
    case ensemble
}
