extension LocalMoran {
    /// The R random neighbourhoods shared by one group of cells (see ``Permutation``).
    ///
    /// Draw r is an ordered sequence of `depth` distinct cells chosen uniformly from all n
    /// (sequential draws, a repeat is redrawn). For a cell i with k < depth neighbours its
    /// simulated neighbourhood is the first k cells of the sequence once i is removed — a
    /// uniform k-sample without replacement from the other n − 1 cells. So its neighbour sum
    /// is `prefix[k][r]`, or `prefix[k + 1][r] − yᵢ` when i is among the first k; the latter
    /// cases are listed in `hits` for the group's own cells.
    struct Draws {
        /// A group cell at 0-based `position` of draw `r`.
        struct Hit {
            var cell: Int
            var r: Int
            var position: Int
        }

        let permutations: Int
        let depth: Int
        /// prefix[(t − 1)·R + r]: sum of the values of the first t cells of draw r, t = 1…depth.
        private(set) var prefix: [Double]
        /// Σᵣ (prefix_t[r] − t·ȳ) and Σᵣ (prefix_t[r] − t·ȳ)² for t = 1…depth (index t − 1).
        private(set) var centredSum: [Double]
        private(set) var centredSquares: [Double]
        private(set) var hits: [Hit] = []
        /// picks[p·depth + t]: the cell at position t of draw p.
        var picks: [Int32]
        /// Bit i marks cell i as one of the group being drawn.
        private var isMember: [UInt64]
        /// For deep draws (large neighbourhoods, e.g. distance bands): stamp[j] == `generation`
        /// marks cell j as already in the current draw; empty for shallow draws.
        var stamp: [UInt32]
        var generation: UInt32 = 0

        /// Depth from which repeats are found through ``stamp`` rather than by scanning the
        /// draw (the same draws either way: a repeat is redrawn).
        static let stampDepth = 48

        init(permutations: Int, depth: Int, cells: Int) {
            self.permutations = permutations
            self.depth = depth
            prefix = [Double](repeating: 0, count: permutations * depth)
            centredSum = [Double](repeating: 0, count: depth)
            centredSquares = [Double](repeating: 0, count: depth)
            picks = [Int32](repeating: 0, count: permutations * depth)
            isMember = [UInt64](repeating: 0, count: (cells + 63) / 64)
            stamp = depth > Self.stampDepth ? [UInt32](repeating: 0, count: cells) : []
        }

        /// Draws the group's R sequences from `random`: first every cell index, then their
        /// values by position (independent loads, so the memory latency overlaps).
        mutating func fill<V: Gatherable>(
            members: ArraySlice<Int>, y: UnsafeBufferPointer<V>, mean: Double, random: inout Random
        ) {
            let (r, d) = (permutations, depth)
            let n = UInt64(y.count)
            hits.removeAll(keepingCapacity: true)
            for i in members { isMember[i >> 6] |= 1 << UInt64(i & 63) }
            if d > Self.stampDepth {
                drawDeep(n: n, random: &random)
            } else {
                drawShallow(n: n, random: &random)
            }
            picks.withUnsafeMutableBufferPointer { picks in
                var found: [Hit] = []
                prefix.withUnsafeMutableBufferPointer { prefix in
                    isMember.withUnsafeBufferPointer { isMember in
                        for t in 0..<d {
                            for p in 0..<r {
                                let j = Int(picks[p * d + t])
                                let before = t == 0 ? 0 : prefix[(t - 1) * r + p]
                                prefix[t * r + p] = before + y[j].gatheredValue
                                if isMember[j >> 6] & (1 << UInt64(j & 63)) != 0 {
                                    found.append(Hit(cell: j, r: p, position: t))
                                }
                            }
                        }
                    }
                    for t in 0..<d {
                        let (sum, squares) = Self.moments(
                            UnsafeBufferPointer(rebasing: prefix[t * r..<(t + 1) * r]),
                            around: Double(t + 1) * mean)
                        centredSum[t] = sum
                        centredSquares[t] = squares
                    }
                }
                hits = found
            }
            for i in members { isMember[i >> 6] = 0 }
        }

        /// How many of cell i's R simulated neighbour sums (k neighbours, value yᵢ) are ≥ and
        /// ≤ `observed`, and Σd, Σd² of d = sum − `shift`.
        func tally(
            cell i: Int, k: Int, value yi: Double, observed: Double, shift: Double, mean: Double
        ) -> (ge: Int, le: Int, sum: Double, squares: Double) {
            let r = permutations
            var (ge, le) = prefix.withUnsafeBufferPointer { prefix in
                Self.count(UnsafeBufferPointer(rebasing: prefix[(k - 1) * r..<k * r]), around: observed)
            }
            // Re-centre the group's moments from k·ȳ to `shift` (both close to E[sum]).
            let delta = Double(k) * mean - shift
            var sum = centredSum[k - 1] + Double(r) * delta
            var squares = centredSquares[k - 1] + 2 * delta * centredSum[k - 1] + Double(r) * delta * delta
            for hit in hits where hit.cell == i && hit.position < k {
                let wrong = prefix[(k - 1) * r + hit.r]
                let right = prefix[k * r + hit.r] - yi
                ge += (right >= observed ? 1 : 0) - (wrong >= observed ? 1 : 0)
                le += (right <= observed ? 1 : 0) - (wrong <= observed ? 1 : 0)
                sum += right - wrong
                squares += (right - shift) * (right - shift) - (wrong - shift) * (wrong - shift)
            }
            return (ge, le, sum, squares)
        }

        /// (Σ(s − c), Σ(s − c)²), four lanes at a time.
        @inline(__always)
        static func moments(_ sums: UnsafeBufferPointer<Double>, around c: Double) -> (Double, Double) {
            var sum = SIMD4<Double>.zero
            var squares = SIMD4<Double>.zero
            let cs = SIMD4<Double>(repeating: c)
            var p = 0
            while p + 4 <= sums.count {
                let e = SIMD4(sums[p], sums[p + 1], sums[p + 2], sums[p + 3]) - cs
                sum += e
                squares += e * e
                p += 4
            }
            var (s, q) = (sum.sum(), squares.sum())
            for v in sums[p...] {
                s += v - c
                q += (v - c) * (v - c)
            }
            return (s, q)
        }

        /// (#{s ≥ x}, #{s ≤ x}), four at a time without branches (the outcomes are random).
        @inline(__always)
        static func count(_ sums: UnsafeBufferPointer<Double>, around x: Double) -> (Int, Int) {
            var ge = SIMD4<Int64>.zero
            var le = SIMD4<Int64>.zero
            let xs = SIMD4<Double>(repeating: x)
            var p = 0
            while p + 4 <= sums.count {
                let s = SIMD4(sums[p], sums[p + 1], sums[p + 2], sums[p + 3])
                ge &+= SIMD4<Int64>.zero.replacing(with: 1, where: s .>= xs)
                le &+= SIMD4<Int64>.zero.replacing(with: 1, where: s .<= xs)
                p += 4
            }
            var (g, l) = (Int(ge.wrappedSum()), Int(le.wrappedSum()))
            for s in sums[p...] {
                g += s >= x ? 1 : 0
                l += s <= x ? 1 : 0
            }
            return (g, l)
        }
    }
}
