/// Settings of the SEPP EM fit that are not estimated (units: metres and days).
public struct SEPPOptions: Sendable, Equatable {
    /// Pairs further apart in time are never parent and child (days).
    public var maxLag: Double
    /// Pairs further apart in space are never parent and child (metres; nil: 3 cells).
    /// σ is kept ≤ R/3, so triggering stays local (near repeats, not area trends).
    public var maxDistance: Double?
    /// The smallest triggering σ allowed (metres; nil: 5 % of a cell). Calls for service
    /// repeat at the very same address, which would otherwise drive σ to 0.
    public var minSigma: Double?
    public var maxIterations: Int
    /// The EM stops when θ, ω, σ and μ change by less than this, relatively.
    public var tolerance: Double

    public init(
        maxLag: Double = 30, maxDistance: Double? = nil, minSigma: Double? = nil, maxIterations: Int = 300,
        tolerance: Double = 1e-6
    ) {
        self.maxLag = maxLag
        self.maxDistance = maxDistance
        self.minSigma = minSigma
        self.maxIterations = maxIterations
        self.tolerance = tolerance
    }
}
