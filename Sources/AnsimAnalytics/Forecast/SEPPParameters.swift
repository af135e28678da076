import Foundation

/// The fitted parameters of ``SEPPModel`` (units: metres and days).
public struct SEPPParameters: Codable, Sendable, Equatable {
    /// Background events per day in the whole grid (μ integrated over space).
    public var backgroundRate: Double
    /// Branching ratio θ: the expected number of events each event triggers.
    public var branchingRatio: Double
    /// Decay rate ω of the triggering kernel, per day (mean delay 1/ω days).
    public var decayRate: Double
    /// Standard deviation σ of the Gaussian triggering kernel, metres.
    public var triggerSigma: Double
    /// Bandwidth η of the Gaussian smoothing of the background, metres.
    public var backgroundBandwidth: Double
    /// Triggering is considered up to this lag (days) and distance (metres).
    public var maxLag: Double
    public var maxDistance: Double
    /// EM iterations run, events fitted, candidate parent–child pairs.
    public var iterations: Int
    public var events: Int
    public var pairs: Int
    /// Log-likelihood of the fitted model on the training events.
    public var logLikelihood: Double

    public init(
        backgroundRate: Double, branchingRatio: Double, decayRate: Double, triggerSigma: Double,
        backgroundBandwidth: Double, maxLag: Double = 30, maxDistance: Double = 1000, iterations: Int = 0,
        events: Int = 0, pairs: Int = 0, logLikelihood: Double = 0
    ) {
        self.backgroundRate = backgroundRate
        self.branchingRatio = branchingRatio
        self.decayRate = decayRate
        self.triggerSigma = triggerSigma
        self.backgroundBandwidth = backgroundBandwidth
        self.maxLag = maxLag
        self.maxDistance = maxDistance
        self.iterations = iterations
        self.events = events
        self.pairs = pairs
        self.logLikelihood = logLikelihood
    }

    /// The share of the triggering kernel's mass inside `maxDistance`: 1 − exp(−R²/2σ²).
    var spatialMass: Double {
        let s = triggerSigma
        return s > 0 ? 1 - exp(-maxDistance * maxDistance / (2 * s * s)) : 1
    }
}
