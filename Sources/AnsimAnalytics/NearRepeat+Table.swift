extension NearRepeat {
    /// A near-repeat table: space bands × time bands, stored row-major (index =
    /// space·timeBands + time, see ``index(space:time:)``).
    ///
    /// Band i of space covers (spaceEdges[i − 1], spaceEdges[i]] metres, band 0 [0,
    /// spaceEdges[0]] (with "same location" spaceEdges[0] = 0); the last edge is +∞. Time
    /// bands likewise with timeEdges.
    public struct Table: Sendable, Equatable {
        /// Upper bounds of the space bands, metres, ascending; the last is +∞.
        public var spaceEdges: [Double]
        /// Upper bounds of the time bands, ascending; the last is +∞.
        public var timeEdges: [Double]
        /// Pairs of events in each cell.
        public var observed: [Int]
        /// Mean over the permutations of the pairs in each cell.
        public var expected: [Double]
        /// Monte Carlo p per cell: (1 + #{permutations ≥ observed})/(permutations + 1).
        public var p: [Double]
        public var permutations: Int
        public var seed: UInt64

        public init(
            spaceEdges: [Double], timeEdges: [Double], observed: [Int], expected: [Double], p: [Double],
            permutations: Int, seed: UInt64
        ) {
            self.spaceEdges = spaceEdges
            self.timeEdges = timeEdges
            self.observed = observed
            self.expected = expected
            self.p = p
            self.permutations = permutations
            self.seed = seed
        }

        public var spaceBands: Int { spaceEdges.count }
        public var timeBands: Int { timeEdges.count }

        @inline(__always)
        public func index(space: Int, time: Int) -> Int { space * timeEdges.count + time }

        /// Knox ratios observed/expected per cell (NaN where expected is 0).
        public var ratio: [Double] {
            zip(observed, expected).map { $1 > 0 ? Double($0) / $1 : .nan }
        }

        /// The lower bound of a space band (0 for the first; the band excludes it otherwise).
        public func spaceLower(_ band: Int) -> Double { band == 0 ? 0 : spaceEdges[band - 1] }

        /// The lower bound of a time band (0 for the first; the band excludes it otherwise).
        public func timeLower(_ band: Int) -> Double { band == 0 ? 0 : timeEdges[band - 1] }
    }
}
