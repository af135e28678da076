import Foundation

/// Where events of one kind happen inside a 자치구 (or the city): the intensity of a
/// 행정동 is a mixture of its shares of the area's population, land area, bars
/// (유흥주점) and lodging (숙박업),
///
///     w(d) = population·pop(d)/Σpop + area·area(d)/Σarea + bars·bars(d)/Σbars + lodging·…
///
/// (components whose total is zero in the area are left out and the rest renormalised).
/// Inside the chosen 행정동 a point is, with probability `anchored`, a Gaussian step of
/// `anchorSpread` metres from one of its bars or lodgings (risk-terrain style: Caplan,
/// Kennedy & Miller 2011, *Justice Quarterly* 28(2); bars as crime generators: Roncek &
/// Maier 1991, *Criminology* 29(4)), and otherwise uniform over the polygon.
public struct PlaceMix: Sendable, Hashable {
    public var population: Double
    public var area: Double
    public var bars: Double
    public var lodging: Double
    /// Probability of placing the point near a risk site of the 행정동 (when it has any).
    public var anchored: Double
    /// Standard deviation (m) of the step from the anchoring site.
    public var anchorSpread: Double

    public init(
        population: Double, area: Double, bars: Double = 0, lodging: Double = 0, anchored: Double = 0,
        anchorSpread: Double = 30
    ) {
        self.population = population
        self.area = area
        self.bars = bars
        self.lodging = lodging
        self.anchored = anchored
        self.anchorSpread = anchorSpread
    }
}

/// Self-excitation (near repeats): every event has Poisson(`branchingRatio`) offspring
/// of the same class — the Hawkes/ETAS cluster representation used for crime by
/// Mohler et al. 2011 (*JASA* 106(493):100–108) — each on a later day `k ≥ 1` with
/// `P(k) ∝ exp(−k/meanDelayDays)` (exponential decay), at a Gaussian step of
/// `spreadMetres` from its parent, inside the same 자치구. In a stationary cluster
/// process the share of offspring among all events equals the branching ratio.
public struct NearRepeat: Sendable, Hashable {
    /// Mean number of direct offspring per event (must be < 1).
    public var branchingRatio: Double
    /// Scale (days) of the exponential decay of the triggering kernel, 1/ω.
    public var meanDelayDays: Double
    /// Standard deviation (m) of the Gaussian spatial kernel, σ.
    public var spreadMetres: Double

    public init(branchingRatio: Double, meanDelayDays: Double, spreadMetres: Double) {
        precondition(branchingRatio >= 0 && branchingRatio < 1, "branching ratio in [0, 1)")
        self.branchingRatio = branchingRatio
        self.meanDelayDays = meanDelayDays
        self.spreadMetres = spreadMetres
    }
}

/// A log-normal delay in seconds, cut at `maximum`.
public struct Delay: Sendable, Hashable {
    public var medianSeconds: Double
    public var sigma: Double
    public var maximumSeconds: Double

    public init(median: Double, sigma: Double, maximum: Double = .infinity) {
        medianSeconds = median
        self.sigma = sigma
        maximumSeconds = maximum
    }

    /// The mean before the cut, median·exp(σ²/2).
    public var meanSeconds: Double { medianSeconds * Foundation.exp(sigma * sigma / 2) }

    /// Draws a whole number of seconds, at least 1.
    public func sample(_ rng: inout SynthRandom) -> Int64 {
        let s = min(rng.logNormal(median: medianSeconds, sigma: sigma), maximumSeconds)
        return max(1, Int64(s.rounded()))
    }
}

/// A named outcome with a weight (세부죄종, call types).
public struct Share: Sendable, Hashable {
    public var name: String
    public var weight: Double
    public init(_ name: String, _ weight: Double) {
        self.name = name
        self.weight = weight
    }
}

/// Everything the generator assumes about one crime class.
public struct CrimeModel: Sendable, Hashable {
    /// When incidents happen.
    public var time: TemporalProfile
    /// Where background (non-repeat) incidents happen.
    public var place: PlaceMix
    /// Near-repeat triggering.
    public var nearRepeat: NearRepeat
    /// 세부죄종 and their shares.
    public var subclasses: [Share]
    /// Shares of 112 urgency codes 0…4 for the call that reports an incident.
    public var callCodes: [Double]
    /// Time from the incident to the 112 call.
    public var reportDelay: Delay
    /// Share of calls received *before* the recorded occurrence time (a quarrel reported
    /// before it turns into the assault that is recorded), up to 10 minutes before.
    public var reportedBefore: Double

    public init(
        time: TemporalProfile, place: PlaceMix, nearRepeat: NearRepeat, subclasses: [Share],
        callCodes: [Double], reportDelay: Delay, reportedBefore: Double = 0
    ) {
        precondition(callCodes.count == 5, "five urgency codes")
        self.time = time
        self.place = place
        self.nearRepeat = nearRepeat
        self.subclasses = subclasses
        self.callCodes = callCodes
        self.reportDelay = reportDelay
        self.reportedBefore = reportedBefore
    }
}
