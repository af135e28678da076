import Foundation

/// Negative binomial (NB2: Var = μ + αμ²) regression with a log link (Cameron & Trivedi
/// 2013, "Regression Analysis of Count Data", §3.3). For a given α the coefficients are
/// the IRLS solution, as statsmodels `GLM(y, X, family=NegativeBinomial(alpha=α))`.
///
/// α is estimated by the method of moments (Breslow 1984): the α at which the Pearson
/// statistic Σ(y − μ)²/(μ + αμ²) equals its degrees of freedom n − p, alternating with
/// refits of β until α settles; α = 0 (Poisson) when the Poisson fit is not overdispersed.
public enum NegativeBinomialRegression {
    /// Fits with a fixed dispersion α ≥ 0.
    public static func fit(y: [Double], columns: [[Double]], intercept: Bool = true, alpha: Double) throws
        -> RegressionResult
    {
        guard alpha >= 0, alpha.isFinite else { throw AnalyticsError("regression: α must be finite and ≥ 0") }
        let (x, p) = try CountRegression.design(columns, n: y.count, intercept: intercept)
        return try CountRegression.fit(y: y, x: x, p: p, alpha: alpha)
    }

    /// Fits β and the moment estimate of α.
    public static func fit(y: [Double], columns: [[Double]], intercept: Bool = true) throws
        -> RegressionResult
    {
        let (x, p) = try CountRegression.design(columns, n: y.count, intercept: intercept)
        let dof = Double(y.count - p)
        var fit = try CountRegression.fit(y: y, x: x, p: p, alpha: 0)
        var alpha = 0.0
        for _ in 0..<200 {
            let mu = means(x: x, p: p, beta: fit.coefficients)
            let next = momentAlpha(y: y, mu: mu, dof: dof)
            let settled = abs(next - alpha) <= 1e-13 * max(1, alpha)
            alpha = next
            fit = try CountRegression.fit(y: y, x: x, p: p, alpha: alpha)
            if settled { break }
        }
        fit.parameterCount = p + 1
        return fit
    }

    /// The α ≥ 0 with Σ(y − μ)²/(μ(1 + αμ)) = dof (0 when the left side is ≤ dof at α = 0).
    static func momentAlpha(y: [Double], mu: [Double], dof: Double) -> Double {
        func pearson(_ a: Double) -> Double {
            var s = 0.0
            for i in y.indices { s += (y[i] - mu[i]) * (y[i] - mu[i]) / (mu[i] * (1 + a * mu[i])) }
            return s
        }
        guard pearson(0) > dof else { return 0 }
        var hi = 1.0
        while pearson(hi) > dof, hi < 1e12 { hi *= 2 }
        var lo = 0.0
        for _ in 0..<200 {
            let mid = 0.5 * (lo + hi)
            if mid <= lo || mid >= hi { break }
            if pearson(mid) > dof { lo = mid } else { hi = mid }
        }
        return 0.5 * (lo + hi)
    }

    static func means(x: [Double], p: Int, beta: [Double]) -> [Double] {
        let n = x.count / p
        return (0..<n).map { i in
            var e = 0.0
            for a in 0..<p { e += x[i * p + a] * beta[a] }
            return exp(e)
        }
    }
}
