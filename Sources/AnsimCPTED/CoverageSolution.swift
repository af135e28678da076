/// Chosen sites and the weight they cover.
public struct CoverageSolution: Sendable, Hashable {
    /// Candidate indices, in the order chosen (greedy) or sorted (exact).
    public var sites: [Int]
    /// The total weight covered.
    public var covered: Double
}
