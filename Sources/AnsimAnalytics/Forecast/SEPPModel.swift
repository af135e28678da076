import Foundation

/// A self-exciting point process (SEPP) crime model after Mohler, Short, Brantingham,
/// Schoenberg & Tita (2011), "Self-exciting point process modeling of crime", JASA
/// 106(493), 100–108, in the parametric form of Mohler (2014, Int. J. Forecasting 30(3)).
///
/// Conditional intensity (events per m² per day) at (x, y, t):
///
///     λ(x, y, t) = μ(x, y) + Σ_{tⱼ < t} g(t − tⱼ, x − xⱼ, y − yⱼ)
///     g(Δt, Δx, Δy) = θ · ω e^{−ωΔt} · exp(−(Δx² + Δy²) / 2σ²) / (2πσ²),  Δt ≤ L, d ≤ R
///
/// μ is constant in time and, in space, a Gaussian-smoothed (bandwidth η) histogram on
/// the forecast grid of the events weighted by their probability of being background
/// (no time-of-week factor: the Portland data carry dates only). θ is the branching
/// ratio, 1/ω the mean triggering delay, σ the triggering distance. The fit is in
/// ``fit(events:grid:origin:backgroundBandwidth:options:seed:)``.
///
/// Forecast for [o, o + H): the expected number of events in each cell given the
/// history, E[N] = ∫∫ E[λ]. With exponential triggering, E[λ](τ) for a background rate
/// μ and a history term H₀ = Σ θω e^{−ω(o−tⱼ)} solves the renewal equation in closed
/// form: E[λ](τ) = μ/(1−θ) + (H₀ − θμ/(1−θ)) e^{−κτ}, κ = ω(1−θ). Per cell this is
/// split into: the background μ_c·H; its cascade (events triggered inside the horizon)
/// θ/(1−θ)·(H − (1−e^{−κH})/κ)·μ_c spread by N(0, σ²/(1−θ)); each past event's direct
/// offspring θ(e^{−ωτⱼ} − e^{−ω(τⱼ+H)}) spread by N(xⱼ, σ²) integrated exactly over the
/// cell; and their further generations, θe^{−ωτⱼ}(1−e^{−κH})/(1−θ) minus the direct part,
/// spread by N(xⱼ, σ²(1 + 1/(1−θ))) (the mean spread of later generations). θ here is
/// the fitted θ times the kernel's mass within R, and direct offspring stop at lag L, as
/// in the fit. The sum over cells equals ``expectedCount(from:horizon:)`` up to mass
/// leaving the grid and the lag cut-off.
public struct SEPPModel: Sendable {
    public let grid: Grid
    public let parameters: SEPPParameters
    /// Expected background events per day in each cell.
    public let background: [Double]
    /// The history: positions and (jittered) times of the fitted events, sorted by time.
    public let xs: [Double]
    public let ys: [Double]
    public let ts: [Double]

    public init(
        grid: Grid, parameters: SEPPParameters, background: [Double], xs: [Double], ys: [Double], ts: [Double]
    ) {
        precondition(background.count == grid.count && xs.count == ys.count && xs.count == ts.count)
        self.grid = grid
        self.parameters = parameters
        self.background = background
        self.xs = xs
        self.ys = ys
        self.ts = ts
    }

    /// θ as the forecast uses it: the branching ratio times the kernel's mass inside R.
    var effectiveTheta: Double { min(0.999, parameters.branchingRatio * parameters.spatialMass) }

    /// The expected number of events in each cell during [origin, origin + horizon).
    public func forecast(from origin: Double, horizon: Double) -> [Double] {
        let theta = effectiveTheta
        let omega = parameters.decayRate
        let sigma = parameters.triggerSigma
        let lag = parameters.maxLag
        let kappa = omega * (1 - theta)
        let spread = kappa > 0 ? (1 - exp(-kappa * horizon)) / kappa : horizon
        var out = background.map { $0 * horizon }
        let cascade = theta / (1 - theta) * (horizon - spread)
        if cascade > 0 {
            let spreadOut = GaussianCells.smooth(
                background, grid: grid, sigma: sigma / (1 - theta).squareRoot())
            for c in out.indices { out[c] += cascade * spreadOut[c] }
        }
        let laterSigma = sigma * (1 + 1 / (1 - theta)).squareRoot()
        for j in ts.indices.reversed() {
            let age = origin - ts[j]
            if age < 0 { continue }
            if age >= lag { break }
            let decay = exp(-omega * age)
            let direct = theta * (decay - exp(-omega * min(age + horizon, lag)))
            let total = theta * decay * kappa * spread / (1 - theta)
            if total < 1e-12 { break }
            GaussianCells.add(direct, x: xs[j], y: ys[j], sigma: sigma, grid: grid, into: &out)
            let later = total - theta * (decay - exp(-omega * (age + horizon)))
            if later > 0 {
                GaussianCells.add(later, x: xs[j], y: ys[j], sigma: laterSigma, grid: grid, into: &out)
            }
        }
        return out
    }

    /// The closed-form expected number of events in [origin, origin + horizon) over the
    /// whole plane (no lag cut-off): μH/(1−θ) + (H₀ − θμ/(1−θ))(1 − e^{−κH})/κ.
    public func expectedCount(from origin: Double, horizon: Double) -> Double {
        let theta = effectiveTheta
        let omega = parameters.decayRate
        let kappa = omega * (1 - theta)
        let mu = background.reduce(0, +)
        var h0 = 0.0
        for j in ts.indices where ts[j] <= origin { h0 += theta * omega * exp(-omega * (origin - ts[j])) }
        let spread = kappa > 0 ? (1 - exp(-kappa * horizon)) / kappa : horizon
        return mu * horizon / (1 - theta) + (h0 - theta * mu / (1 - theta)) * spread
    }
}
