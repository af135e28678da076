/// Poisson regression with a log link, fitted by IRLS (``CountRegression``); the same
/// coefficients as statsmodels `GLM(y, X, family=Poisson())`.
public enum PoissonRegression {
    /// Regresses counts `y` on covariate `columns` (each one value per observation),
    /// with an intercept first unless `intercept` is false.
    public static func fit(y: [Double], columns: [[Double]], intercept: Bool = true) throws
        -> RegressionResult
    {
        let (x, p) = try CountRegression.design(columns, n: y.count, intercept: intercept)
        return try CountRegression.fit(y: y, x: x, p: p, alpha: 0)
    }

    /// The regression-based overdispersion test of Cameron & Trivedi (1990, J. Econometrics
    /// 46): the no-intercept OLS of ((y − μ)² − y)/μ on μ estimates α in Var = μ + αμ²;
    /// returns α̂ and its t statistic (overdispersion at 5 % when t > 1.645, one-sided).
    public static func overdispersion(y: [Double], mu: [Double]) -> (alpha: Double, t: Double) {
        var sxy = 0.0
        var sxx = 0.0
        for i in y.indices {
            let r = ((y[i] - mu[i]) * (y[i] - mu[i]) - y[i]) / mu[i]
            sxy += mu[i] * r
            sxx += mu[i] * mu[i]
        }
        let alpha = sxy / sxx
        var rss = 0.0
        for i in y.indices {
            let r = ((y[i] - mu[i]) * (y[i] - mu[i]) - y[i]) / mu[i] - alpha * mu[i]
            rss += r * r
        }
        let se = (rss / Double(max(y.count - 1, 1)) / sxx).squareRoot()
        return (alpha, se > 0 ? alpha / se : 0)
    }
}
