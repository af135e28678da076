extension Knox {
    /// The outcome of ``Knox/test(xs:ys:ts:distance:time:permutations:seed:)``.
    public struct Result: Sendable, Equatable {
        /// Pairs close in space and in time.
        public var observed: Int
        /// Mean of the statistic over the permutations.
        public var expected: Double
        /// (1 + #{permutations ≥ observed}) / (permutations + 1).
        public var p: Double
        /// All pairs, n(n − 1)/2.
        public var pairs: Int
        /// Pairs close in space (d ≤ distance), whatever their times.
        public var spacePairs: Int
        /// Pairs close in time (|Δt| ≤ time), wherever they are.
        public var timePairs: Int
        public var permutations: Int
        public var seed: UInt64

        public init(
            observed: Int, expected: Double, p: Double, pairs: Int, spacePairs: Int, timePairs: Int,
            permutations: Int, seed: UInt64
        ) {
            self.observed = observed
            self.expected = expected
            self.p = p
            self.pairs = pairs
            self.spacePairs = spacePairs
            self.timePairs = timePairs
            self.permutations = permutations
            self.seed = seed
        }

        /// The exact mean of the statistic over all permutations of the times: each
        /// space-close pair receives a uniformly random pair of the n times, close with
        /// probability timePairs/pairs. 0 with fewer than two events.
        public var analyticExpected: Double {
            pairs > 0 ? Double(spacePairs) * Double(timePairs) / Double(pairs) : 0
        }

        /// Knox ratio observed/expected (NaN when expected is 0).
        public var ratio: Double { expected > 0 ? Double(observed) / expected : .nan }
    }
}
