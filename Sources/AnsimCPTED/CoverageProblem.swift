/// A maximal covering location problem (MCLP): choose `k` sites among candidates so that
/// the total weight of demand points within reach of a chosen site is largest.
public struct CoverageProblem: Sendable, Hashable {
    /// Demand weights (e.g. forecast risk of a cell not yet covered by a camera).
    public let weights: [Double]
    /// For each candidate site, the demand points it covers (sorted, no repeats).
    public let covers: [[Int32]]
    /// How many sites to choose.
    public let k: Int

    /// A problem; `covers` lists are sorted and deduplicated here. Throws when a list
    /// names a demand point that does not exist, a weight is negative, or `k` < 0.
    public init(weights: [Double], covers: [[Int32]], k: Int) throws(CoverageError) {
        guard k >= 0 else { throw CoverageError("k must be ≥ 0, got \(k)") }
        if let i = weights.firstIndex(where: { !($0 >= 0) }) {
            throw CoverageError("demand \(i) has weight \(weights[i]); weights must be finite and ≥ 0")
        }
        for (c, list) in covers.enumerated() {
            if let d = list.first(where: { $0 < 0 || Int($0) >= weights.count }) {
                throw CoverageError("candidate \(c) covers demand \(d), but there are \(weights.count)")
            }
        }
        self.weights = weights
        self.covers = covers.map { Array(Set($0)).sorted() }
        self.k = k
    }

    /// The number of candidate sites.
    public var candidates: Int { covers.count }

    /// The weight covered by `sites` (each demand point counted once).
    public func coverage(_ sites: [Int]) -> Double {
        var seen = [Bool](repeating: false, count: weights.count)
        var total = 0.0
        for s in sites {
            for d in covers[s] where !seen[Int(d)] {
                seen[Int(d)] = true
                total += weights[Int(d)]
            }
        }
        return total
    }
}
