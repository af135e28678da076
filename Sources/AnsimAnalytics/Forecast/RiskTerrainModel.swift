import Foundation

/// Risk terrain modelling (Caplan & Kennedy 2011/2016, "Risk Terrain Modeling: Crime
/// Prediction and Risk Reduction"; the RTMDx procedure of Caplan, Kennedy & Piza 2013):
/// the training events counted per cell are regressed on 0/1 ``RiskLayer``s of the risk
/// factors, and each cell's relative risk score is exp(Σ βₖ·layerₖ), the product of the
/// relative risk values exp(βₖ) of the layers present there.
///
/// Fit, stated:
/// 1. For each factor category, every candidate layer (proximity and density at 1, 2
///    and 3 cells) is tried alone in a Poisson regression with an intercept; the one of
///    lowest deviance with a positive coefficient represents the category (none: the
///    category is dropped; so is one whose layer repeats an earlier category's exactly).
///    Constant layers are skipped.
/// 2. The chosen layers enter one Poisson model; layers with a coefficient ≤ 0 are
///    removed (the smallest first), then backward elimination removes, one at a time,
///    the layer whose removal lowers the BIC most, until no removal lowers it.
/// 3. If the final Poisson model is overdispersed (Cameron–Trivedi t > 1.645), it is refitted
///    as a negative binomial NB2 with the moment estimate of α.
public struct RiskTerrainModel: Codable, Sendable, Equatable {
    /// The layers kept, in model order.
    public var layers: [RiskLayer]
    /// The final regression (intercept first, then one coefficient per layer).
    public var regression: RegressionResult
    /// exp(βₖ) per layer.
    public var relativeRiskValues: [Double]
    /// Cameron–Trivedi t statistic of the final Poisson model.
    public var overdispersionT: Double

    /// Fits the model to the events inside `grid`.
    public static func fit(factors: RiskFactors, events: ForecastEvents, grid: Grid) throws
        -> RiskTerrainModel
    {
        let y = grid.counts(xs: events.xs, ys: events.ys).counts
        var chosen: [(layer: RiskLayer, values: [Double])] = []
        for category in factors.categoryNames {
            var best: (RiskLayer, [Double], Double)?
            for layer in RiskLayer.candidates(factors: factors, cell: grid.cell)
            where layer.category == category {
                let v = try layer.values(factors: factors, grid: grid)
                let ones = v.reduce(0, +)
                guard ones > 0, ones < Double(v.count) else { continue }
                let fit = try PoissonRegression.fit(y: y, columns: [v])
                guard fit.coefficients[1] > 0, fit.deviance < (best?.2 ?? .infinity) else { continue }
                best = (layer, v, fit.deviance)
            }
            // A layer identical to one already chosen (another category at the same
            // places) would make the joint model singular: the first category keeps it.
            if let best, !chosen.contains(where: { $0.values == best.1 }) { chosen.append((best.0, best.1)) }
        }
        var fit = try PoissonRegression.fit(y: y, columns: chosen.map(\.values))
        while !chosen.isEmpty {
            let betas = fit.coefficients.dropFirst()
            if let worst = betas.indices.min(by: { betas[$0] < betas[$1] }), betas[worst] <= 0 {
                chosen.remove(at: worst - 1)
                fit = try PoissonRegression.fit(y: y, columns: chosen.map(\.values))
                continue
            }
            var bestDrop: (Int, RegressionResult)?
            for k in chosen.indices {
                var rest = chosen
                rest.remove(at: k)
                let f = try PoissonRegression.fit(y: y, columns: rest.map(\.values))
                if f.bic < (bestDrop?.1.bic ?? fit.bic) { bestDrop = (k, f) }
            }
            guard let (k, f) = bestDrop else { break }
            chosen.remove(at: k)
            fit = f
        }
        let x = try CountRegression.design(chosen.map(\.values), n: y.count, intercept: true)
        let mu = NegativeBinomialRegression.means(x: x.x, p: x.p, beta: fit.coefficients)
        let test = PoissonRegression.overdispersion(y: y, mu: mu)
        if test.t > 1.645 {
            fit = try NegativeBinomialRegression.fit(y: y, columns: chosen.map(\.values))
        }
        return RiskTerrainModel(
            layers: chosen.map(\.layer), regression: fit,
            relativeRiskValues: fit.coefficients.dropFirst().map { exp($0) }, overdispersionT: test.t)
    }

    /// The relative risk score exp(Σ βₖ·layerₖ) of every cell.
    public func relativeRiskScores(factors: RiskFactors, grid: Grid) throws -> [Double] {
        var logScore = [Double](repeating: 0, count: grid.count)
        for (k, layer) in layers.enumerated() {
            let v = try layer.values(factors: factors, grid: grid)
            let b = regression.coefficients[k + 1]
            for c in v.indices where v[c] != 0 { logScore[c] += b * v[c] }
        }
        return logScore.map { exp($0) }
    }
}
