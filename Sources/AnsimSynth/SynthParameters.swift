/// How much to generate, for when, from which seed, under which model.
public struct SynthParameters: Sendable {
    /// The seed: the same seed and the same inputs give byte-identical files.
    public var seed: UInt64
    /// The period, in Asia/Seoul local days (default: calendar year 2023).
    public var period: Period
    /// Scale of the published counts: each 자치구 × class gets exactly
    /// round(occurred × fraction) incidents, rounding halves away from zero. The call
    /// volume scales the same way.
    public var fraction: Double
    /// Share of the modelled non-incident calls actually written (every incident still
    /// gets its call). A year of Seoul is about 4 million calls; the default 0.1 writes
    /// about 400,000 and the manifest records the factor so analyses can scale back up.
    public var nonIncidentSample: Double
    /// The calibrated assumptions.
    public var model: SynthModel

    public init(
        seed: UInt64, period: Period = .year(2023), fraction: Double = 1, nonIncidentSample: Double = 0.1,
        model: SynthModel = .standard
    ) {
        self.seed = seed
        self.period = period
        self.fraction = fraction
        self.nonIncidentSample = nonIncidentSample
        self.model = model
    }

    /// round(x), halves away from zero (the rounding rule of every count here).
    public static func round(_ x: Double) -> Int { Int(x.rounded(.toNearestOrAwayFromZero)) }

    /// The incidents one published count becomes.
    public func target(_ count: CrimeCount) -> Int {
        SynthParameters.round(Double(count.occurred) * fraction)
    }

    /// Non-incident calls the model stands for: the city's calls over the period, scaled
    /// by `fraction`, less one call per incident (never negative).
    public func modelledNonIncidentCalls(incidents: Int) -> Int {
        let total = model.calls.callsPerYear * Double(period.dayCount) / 365 * fraction
        return max(0, SynthParameters.round(total) - incidents)
    }
}
