import Foundation

extension SEPPModel {
    /// Fits the model by EM on the events before `origin` (default: the end of the events)
    /// that lie inside `grid`; η (`backgroundBandwidth`, metres) is fixed.
    ///
    /// Times known to a day only (`resolution` > 0) are spread uniformly over their
    /// interval with a generator seeded by `seed` (same seed, same fit). Then, from θ = ½,
    /// ω = 1/day, σ = R/5 and every event half background, repeat until θ, ω, σ, μ settle:
    ///
    /// - E-step (the expected branching structure, Mohler et al. 2011 §3; Veen &
    ///   Schoenberg 2008): λᵢ = μ₋ᵢ(xᵢ) + Σⱼ g(tᵢ−tⱼ, xᵢ−xⱼ); pᵢᵢ = μ₋ᵢ(xᵢ)/λᵢ, pᵢⱼ = gᵢⱼ/λᵢ,
    ///   where μ₋ᵢ is the background surface built without event i itself (leave-one-out,
    ///   so that an event does not explain itself as background).
    /// - M-step: S = Σpᵢⱼ, D = Σpᵢⱼ(tᵢ−tⱼ), Q = Σpᵢⱼ dᵢⱼ²; with aⱼ = min(T − tⱼ, L) and
    ///   m = 1 − e^{−R²/2σ²}, ω solves S/ω − D − S·Σaⱼe^{−ωaⱼ}/Σ(1 − e^{−ωaⱼ}) = 0 (the
    ///   maximiser of the expected complete log-likelihood with θ profiled out, edge
    ///   effects at T and the lag cut-off L included; Newton's method in a bracket),
    ///   θ = S / (m·Σ(1 − e^{−ωaⱼ})), σ² = Q / 2S clamped to [σ_min, R/3] (the cut-off at R
    ///   is ignored there: it holds < 1.2 % of the mass when σ ≤ R/3); μ = Σpᵢᵢ/(T − T₀),
    ///   and the background surface is the histogram of the pᵢᵢ on the grid smoothed by
    ///   N(0, η²) (cell-integrated Gaussian weights), divided by T − T₀.
    ///
    /// With a kernel-estimated background this is the EM-like algorithm of stochastic
    /// declustering (Zhuang, Ogata & Vere-Jones 2002), not an exact EM.
    public static func fit(
        events: ForecastEvents, grid: Grid, origin: Double? = nil, backgroundBandwidth eta: Double,
        options: SEPPOptions = SEPPOptions(), seed: UInt64 = 1
    ) throws -> SEPPModel {
        let end = origin ?? events.end
        let history = SEPPHistory(events: events, grid: grid, origin: end, seed: seed)
        let n = history.ts.count
        guard n >= 2 else {
            throw AnalyticsError(
                "SEPP: needs at least 2 events inside the grid before the forecast origin (has \(n))")
        }
        let radius = options.maxDistance ?? 3 * grid.cell
        let minSigma = min(options.minSigma ?? 0.05 * grid.cell, radius / 3)
        let maxLag = options.maxLag
        let pairs = SEPPPairs(
            xs: history.xs, ys: history.ys, ts: history.ts, maxLag: maxLag, maxDistance: radius)
        let period = max(end - history.start, 1e-9)
        let spans = history.ts.map { min(end - $0, maxLag) }
        let w0 = GaussianCells.weights(sigma: eta, cell: grid.cell)
        let selfWeight = w0[w0.count / 2] * w0[w0.count / 2]
        let cellArea = grid.cell * grid.cell

        var theta = 0.5
        var omega = 1.0
        var sigma = min(max(radius / 5, minSigma), radius / 3)
        var pBack = [Double](repeating: 0.5, count: n)
        var mu = 0.5 * Double(n) / period
        var iterations = 0
        var logLik = 0.0
        while iterations < options.maxIterations {
            iterations += 1
            var hist = [Double](repeating: 0, count: grid.count)
            for i in 0..<n { hist[history.cells[i]] += pBack[i] }
            let smoothed = GaussianCells.smooth(hist, grid: grid, sigma: eta)
            let floor = 1e-6 * max(pBack.reduce(0, +), 1) / Double(grid.count)
            let mus = (0..<n).map { i in
                max(smoothed[history.cells[i]] - pBack[i] * selfWeight, floor) / (period * cellArea)
            }
            let e = SEPPEStep(pairs: pairs, theta: theta, omega: omega, sigma: sigma, mu: mus).run(n: n)
            pBack = e.pBack
            logLik = e.logSum
            let (newTheta, newOmega, newSigma) = mStep(
                e, spans: spans, omega: omega, sigma: sigma, radius: radius, minSigma: minSigma)
            let newMu = pBack.reduce(0, +) / period
            let change = [(theta, newTheta), (omega, newOmega), (sigma, newSigma), (mu, newMu)].map {
                abs($1 - $0) / max(abs($0), 1e-12)
            }.max()!
            (theta, omega, sigma, mu) = (newTheta, newOmega, newSigma, newMu)
            if change < options.tolerance { break }
        }
        var hist = [Double](repeating: 0, count: grid.count)
        for i in 0..<n { hist[history.cells[i]] += pBack[i] }
        let background = GaussianCells.smooth(hist, grid: grid, sigma: eta).map { $0 / period }
        let mass = 1 - exp(-radius * radius / (2 * sigma * sigma))
        let compensator = pBack.reduce(0, +) + theta * mass * spans.reduce(0) { $0 + (1 - exp(-omega * $1)) }
        let parameters = SEPPParameters(
            backgroundRate: mu, branchingRatio: theta, decayRate: omega, triggerSigma: sigma,
            backgroundBandwidth: eta, maxLag: maxLag, maxDistance: radius, iterations: iterations, events: n,
            pairs: pairs.count, logLikelihood: logLik - compensator)
        return SEPPModel(
            grid: grid, parameters: parameters, background: background, xs: history.xs, ys: history.ys,
            ts: history.ts)
    }

    /// The M-step for θ, ω, σ (see ``fit(events:grid:origin:backgroundBandwidth:options:seed:)``).
    private static func mStep(
        _ e: SEPPEStep.Sums, spans: [Double], omega: Double, sigma: Double, radius: Double, minSigma: Double
    ) -> (Double, Double, Double) {
        guard e.triggered > 1e-9 else { return (0, omega, sigma) }
        let s = e.triggered
        // Newton's method on f(ω) = S/ω − D − S·N/M (N = Σaⱼe^{−ωaⱼ}, M = Σ(1 − e^{−ωaⱼ}),
        // f′ = −S/ω² + S(QM + N²)/M², Q = Σaⱼ²e^{−ωaⱼ}), kept inside a shrinking bracket
        // where f changes sign (f decreases from +∞ to −D), bisecting when a step leaves it.
        func slope(_ w: Double) -> (f: Double, df: Double) {
            var n = 0.0
            var m = 0.0
            var q = 0.0
            for a in spans {
                let x = exp(-w * a)
                n += a * x
                m += 1 - x
                q += a * a * x
            }
            m = max(m, 1e-300)
            return (s / w - e.lagSum - s * n / m, -s / (w * w) + s * (q * m + n * n) / (m * m))
        }
        var lo = 1e-6
        var hi = 1e6
        var newOmega = omega
        for _ in 0..<100 {
            let (f, df) = slope(newOmega)
            if f > 0 { lo = newOmega } else { hi = newOmega }
            var next = newOmega - f / df
            if !(next > lo && next < hi) || !next.isFinite { next = (lo * hi).squareRoot() }
            let done = abs(next - newOmega) <= 1e-13 * newOmega
            newOmega = next
            if done || hi / lo < 1 + 1e-14 { break }
        }
        let newSigma = min(max((e.distanceSum / (2 * s)).squareRoot(), minSigma), radius / 3)
        let mass = 1 - exp(-radius * radius / (2 * sigma * sigma))
        let windows = spans.reduce(0) { $0 + (1 - exp(-newOmega * $1)) }
        let newTheta = min(0.99, s / max(mass * windows, 1e-300))
        return (newTheta, newOmega, newSigma)
    }
}
