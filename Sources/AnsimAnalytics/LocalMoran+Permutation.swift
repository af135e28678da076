import Dispatch

extension LocalMoran {
    /// The conditional-permutation engine.
    ///
    /// Islands (k = 0) and cells with zᵢ = 0 are skipped: every simulated Iᵢ is 0 = Iᵢ.
    ///
    /// For cell i with k neighbours, a simulated Iᵢ replaces the neighbours by k cells drawn
    /// without replacement from the other n − 1; it is a·S + b in their value sum S, with a
    /// of the sign of zᵢ, so counting and standardising the simulated S is counting and
    /// standardising the simulated Iᵢ — exactly, for integer counts, where sums are exact.
    ///
    /// Like esda, which draws one set of R permutations for all cells (`crand`), cells share
    /// draws — here only within groups of about 16 cells scattered over the grid by a hash
    /// of (cell, seed): the Monte-Carlo errors of nearby cells are independent, and each
    /// group's R draws serve 16 cells. Each group has its own xoshiro256++ stream from
    /// (seed, group) (``Draws``); groups run in parallel with
    /// `DispatchQueue.concurrentPerform`, and the results do not depend on the number of
    /// threads.
    struct Permutation<W: SpatialWeights> {
        let values: [Double]
        let weights: W
        let z: [Double]
        let total: Double
        let permutations: Int
        let seed: UInt64

        /// Cells per group, on average.
        static var groupSize: Int { 16 }
        /// Parallel work items (each takes a run of groups; any number gives the same result).
        static var workItems: Int { 64 }

        func run() -> (zSim: [Double], pSim: [Double]) {
            let n = values.count
            var zSim = [Double](repeating: 0, count: n)
            var pSim = [Double](repeating: 1, count: n)
            guard n > 1 else { return (zSim, pSim) }
            zSim.withUnsafeMutableBufferPointer { z in
                pSim.withUnsafeMutableBufferPointer { p in
                    let out = Output(z: z, p: p)
                    switch Compact(values) {
                    case .uint8(let a): a.withUnsafeBufferPointer { run(gathering: Gather(y: $0), into: out) }
                    case .uint16(let a):
                        a.withUnsafeBufferPointer { run(gathering: Gather(y: $0), into: out) }
                    case .float(let a): a.withUnsafeBufferPointer { run(gathering: Gather(y: $0), into: out) }
                    case .double(let a):
                        a.withUnsafeBufferPointer { run(gathering: Gather(y: $0), into: out) }
                    }
                }
            }
            return (zSim, pSim)
        }

        private func run<V: Gatherable>(gathering gather: Gather<V>, into out: Output) {
            let n = values.count
            let cardinality = weights.cardinalities()
            let depth = cardinality.max()! + 1
            let groups = Groups(cells: n, size: Self.groupSize, seed: seed)
            let observed = weights.neighbourSums(values)
            let mean = total / Double(n)
            let r = Double(permutations)
            let items = min(groups.count, Self.workItems)
            DispatchQueue.concurrentPerform(iterations: items) { item in
                var draws = Draws(permutations: permutations, depth: depth, cells: n)
                for g in groups.count * item / items..<groups.count * (item + 1) / items {
                    var random = Random(seed: seed, stream: UInt64(g), salt: LocalMoran.randomSalt)
                    draws.fill(members: groups.cells(of: g), y: gather.y, mean: mean, random: &random)
                    for i in groups.cells(of: g) where z[i] != 0 && cardinality[i] > 0 {
                        let k = cardinality[i]
                        let shift = Double(k) * (total - values[i]) / Double(n - 1)
                        let t = draws.tally(
                            cell: i, k: k, value: values[i], observed: observed[i], shift: shift, mean: mean)
                        out.p[i] = Double(min(t.ge, t.le) + 1) / (r + 1)
                        let m = t.sum / r
                        let variance = t.squares / r - m * m
                        guard t.ge < permutations || t.le < permutations, variance > 0 else { continue }
                        let zs = (observed[i] - shift - m) / variance.squareRoot()
                        out.z[i] = z[i] > 0 ? zs : -zs
                    }
                }
            }
        }
    }

    /// The result buffers, shared by the work items; each writes only its groups' cells.
    private struct Output: @unchecked Sendable {
        let z: UnsafeMutableBufferPointer<Double>
        let p: UnsafeMutableBufferPointer<Double>
    }

    /// The compact values the draws read, shared read-only by the work items.
    private struct Gather<V: Gatherable>: @unchecked Sendable {
        let y: UnsafeBufferPointer<V>
    }
}
