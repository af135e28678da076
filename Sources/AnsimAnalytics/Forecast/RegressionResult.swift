import Foundation

/// A fitted log-link count regression (Poisson or negative binomial NB2).
public struct RegressionResult: Codable, Sendable, Equatable {
    public enum Family: String, Codable, Sendable { case poisson, negativeBinomial }

    public var family: Family
    /// Coefficients in column order (the intercept first when one was added).
    public var coefficients: [Double]
    /// √diag((XᵀWX)⁻¹) at the fit (dispersion fixed at 1, as statsmodels' GLM).
    public var standardErrors: [Double]
    /// NB2 dispersion α (Var = μ + αμ²); 0 for Poisson.
    public var alpha: Double
    public var logLikelihood: Double
    public var deviance: Double
    public var pearsonChi2: Double
    public var iterations: Int
    /// Observations and estimated parameters (coefficients, plus α when estimated).
    public var observations: Int
    public var parameterCount: Int

    /// Bayesian information criterion, −2ℓ + k log n.
    public var bic: Double { -2 * logLikelihood + Double(parameterCount) * log(Double(observations)) }
    /// Akaike information criterion, −2ℓ + 2k.
    public var aic: Double { -2 * logLikelihood + 2 * Double(parameterCount) }
}
