/// A scored place: how dark it is (high risk, low protection) and why.
public struct DarkSpot: Sendable, Hashable {
    /// Index of the place in the input.
    public var index: Int
    /// Risk percentile among the places (0…1, ties share the lower rank).
    public var riskPercentile: Double
    /// Protection index (0 none … 1 full): cameras 40 %, lights 30 %, safe places 15 %,
    /// police-box proximity 15 %, each saturating (4 cameras, 10 lights, 2 safe places, 0 m).
    public var protection: Double
    /// riskPercentile × (1 − protection).
    public var score: Double
    /// What is missing, in words.
    public var reasons: [String]
}
