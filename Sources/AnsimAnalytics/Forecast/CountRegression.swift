import Foundation

/// Iteratively reweighted least squares for log-link count GLMs (McCullagh & Nelder 1989,
/// "Generalized Linear Models", §2.5): with η = Xβ, μ = e^η, variance V(μ) = μ + αμ²
/// (α = 0: Poisson), weights W = μ²/V(μ) = μ/(1 + αμ) and working response
/// z = η + (y − μ)/μ, repeat β ← (XᵀWX)⁻¹XᵀWz until β settles. Starts, like
/// statsmodels, from μ = (y + ȳ)/2.
enum CountRegression {
    /// `x` is row-major n × p.
    static func fit(y: [Double], x: [Double], p: Int, alpha: Double, maxIterations: Int = 100) throws
        -> RegressionResult
    {
        let n = y.count
        guard n > p, x.count == n * p else {
            throw AnalyticsError(
                "regression: \(n) observations for \(p) coefficients (need more observations)")
        }
        if let i = y.firstIndex(where: { !$0.isFinite || $0 < 0 }) {
            throw AnalyticsError("regression: observation \(i + 1) is \(y[i]); counts must be finite and ≥ 0")
        }
        let ybar = y.reduce(0, +) / Double(n)
        var mu = y.map { ($0 + ybar) / 2 }
        var eta = mu.map { log(max($0, 1e-300)) }
        var beta = [Double](repeating: 0, count: p)
        var factor: [Double] = []
        var iterations = 0
        while iterations < maxIterations {
            iterations += 1
            var xtwx = [Double](repeating: 0, count: p * p)
            var xtwz = [Double](repeating: 0, count: p)
            for i in 0..<n {
                let w = mu[i] / (1 + alpha * mu[i])
                let z = eta[i] + (y[i] - mu[i]) / mu[i]
                let row = i * p
                for a in 0..<p {
                    let wa = w * x[row + a]
                    xtwz[a] += wa * z
                    for b in 0...a { xtwx[a * p + b] += wa * x[row + b] }
                }
            }
            for a in 0..<p { for b in 0..<a { xtwx[b * p + a] = xtwx[a * p + b] } }
            guard let l = SymmetricSolve.cholesky(xtwx, p) else {
                throw AnalyticsError("regression: the covariates are collinear (XᵀWX is singular)")
            }
            factor = l
            let next = SymmetricSolve.solve(l, p, xtwz)
            let change = zip(next, beta).map { abs($0 - $1) / (1 + abs($1)) }.max() ?? 0
            beta = next
            for i in 0..<n {
                var e = 0.0
                for a in 0..<p { e += x[i * p + a] * beta[a] }
                eta[i] = e
                mu[i] = exp(e)
            }
            guard beta.allSatisfy(\.isFinite) else { throw AnalyticsError("regression: IRLS diverged") }
            if change < 1e-13 { break }
        }
        let se = SymmetricSolve.inverseDiagonal(factor, p).map { $0.squareRoot() }
        return summary(y: y, mu: mu, alpha: alpha, beta: beta, se: se, iterations: iterations)
    }

    /// Log-likelihood, deviance and Pearson χ² of a fit.
    static func summary(
        y: [Double], mu: [Double], alpha: Double, beta: [Double], se: [Double], iterations: Int
    ) -> RegressionResult {
        var ll = 0.0
        var dev = 0.0
        var pearson = 0.0
        for i in y.indices {
            let (yi, m) = (y[i], mu[i])
            pearson += (yi - m) * (yi - m) / (m + alpha * m * m)
            let ylog = yi > 0 ? yi * log(yi / m) : 0
            if alpha > 0 {
                let r = 1 / alpha
                ll +=
                    lgamma(yi + r) - lgamma(r) - lgamma(yi + 1) + yi * log(alpha * m / (1 + alpha * m))
                    - r * log(1 + alpha * m)
                dev += 2 * (ylog - (yi + r) * log((1 + alpha * yi) / (1 + alpha * m)))
            } else {
                ll += yi * log(m) - m - lgamma(yi + 1)
                dev += 2 * (ylog - (yi - m))
            }
        }
        return RegressionResult(
            family: alpha > 0 ? .negativeBinomial : .poisson, coefficients: beta, standardErrors: se,
            alpha: alpha, logLikelihood: ll, deviance: dev, pearsonChi2: pearson, iterations: iterations,
            observations: y.count, parameterCount: beta.count)
    }

    /// Row-major design matrix from covariate columns, with a leading column of ones.
    static func design(_ columns: [[Double]], n: Int, intercept: Bool) throws -> (x: [Double], p: Int) {
        guard columns.allSatisfy({ $0.count == n }) else {
            throw AnalyticsError("regression: every covariate needs one value per observation (\(n))")
        }
        let p = columns.count + (intercept ? 1 : 0)
        var x = [Double](repeating: 0, count: n * p)
        for i in 0..<n {
            var k = i * p
            if intercept {
                x[k] = 1
                k += 1
            }
            for c in columns {
                x[k] = c[i]
                k += 1
            }
        }
        return (x, p)
    }
}
