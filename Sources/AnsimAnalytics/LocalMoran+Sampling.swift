extension LocalMoran.Draws {
    // Sampling the draws: each is `depth` distinct cells, uniform from all n, sequential,
    // a repeat redrawn. Both ways give the same draws from the same random stream.

    /// The R sequences of `depth` distinct cells; a repeat is found by a 64-bit filter on
    /// j mod 64 and a scan of the draw so far.
    mutating func drawShallow(n: UInt64, random: inout LocalMoran.Random) {
        let (r, d) = (permutations, depth)
        picks.withUnsafeMutableBufferPointer { picks in
            for p in 0..<r {
                let draw = picks.baseAddress! + p * d
                var t = 0
                var seen: UInt64 = 0  // bit j mod 64 of each cell drawn: most repeats are ruled out by it
                next: while t < d {
                    let j = Int32(truncatingIfNeeded: random.below(n))
                    let bit: UInt64 = 1 << UInt64(j & 63)
                    if seen & bit != 0 {
                        for q in 0..<t where draw[q] == j { continue next }
                    }
                    seen |= bit
                    draw[t] = j
                    t += 1
                }
            }
        }
    }

    /// The same draws as ``drawShallow(n:random:)``, a repeat found in O(1) by ``stamp``.
    mutating func drawDeep(n: UInt64, random: inout LocalMoran.Random) {
        let (r, d) = (permutations, depth)
        var generation = generation
        picks.withUnsafeMutableBufferPointer { picks in
            stamp.withUnsafeMutableBufferPointer { stamp in
                for p in 0..<r {
                    if generation == .max {
                        for j in stamp.indices { stamp[j] = 0 }
                        generation = 0
                    }
                    generation += 1
                    let draw = picks.baseAddress! + p * d
                    var t = 0
                    while t < d {
                        let j = Int32(truncatingIfNeeded: random.below(n))
                        guard stamp[Int(j)] != generation else { continue }
                        stamp[Int(j)] = generation
                        draw[t] = j
                        t += 1
                    }
                }
            }
        }
        self.generation = generation
    }
}
