import Dispatch
import Foundation

extension Knox {
    /// The Monte Carlo engine shared by ``Knox/test(xs:ys:ts:distance:time:permutations:seed:)``
    /// and ``NearRepeat``: the times are shuffled among the events (the locations stay
    /// put) and `count` tallies the close pairs of each shuffle into `cells` counters.
    ///
    /// Permutation j shuffles with its own stream (seed, j), so the tallies depend only on
    /// the seed; permutations are split into fixed chunks run with
    /// `DispatchQueue.concurrentPerform`, each with its own buffers.
    struct Permutations {
        /// Times in the relabelled order of ``Pairs``.
        let times: [Double]
        let permutations: Int
        let seed: UInt64
        let cells: Int

        /// Tallies of every permutation: `cells` counters for permutation j at j·cells.
        func run(
            _ count:
                @escaping @Sendable (UnsafeBufferPointer<Double>, UnsafeMutableBufferPointer<Int>) -> Void
        ) -> [Int] {
            var tallies = [Int](repeating: 0, count: permutations * cells)
            let chunk = max(1, permutations / (8 * ProcessInfo.processInfo.activeProcessorCount))
            let chunks = (permutations + chunk - 1) / chunk
            let (times, permutations, seed, cells) = (self.times, self.permutations, self.seed, self.cells)
            tallies.withUnsafeMutableBufferPointer { tallies in
                let out = Output(tallies: tallies)
                DispatchQueue.concurrentPerform(iterations: chunks) { c in
                    var shuffled = times
                    shuffled.withUnsafeMutableBufferPointer { t in
                        for j in c * chunk..<min(permutations, (c + 1) * chunk) {
                            var random = Random(seed: seed, stream: UInt64(j), salt: Knox.randomSalt)
                            for i in t.indices { t[i] = times[i] }
                            random.shuffle(t)
                            count(
                                UnsafeBufferPointer(t),
                                UnsafeMutableBufferPointer(
                                    rebasing: out.tallies[(j * cells)..<((j + 1) * cells)]))
                        }
                    }
                }
            }
            return tallies
        }

        /// Monte Carlo p-values (1 + #{tally ≥ observed})/(permutations + 1) and the mean
        /// tallies, per counter.
        static func summary(_ tallies: [Int], observed: [Int], permutations: Int) -> (
            expected: [Double], p: [Double]
        ) {
            let cells = observed.count
            var sums = [Double](repeating: 0, count: cells)
            var extreme = [Int](repeating: 0, count: cells)
            for j in 0..<permutations {
                for k in 0..<cells {
                    let v = tallies[j * cells + k]
                    sums[k] += Double(v)
                    extreme[k] += v >= observed[k] ? 1 : 0
                }
            }
            let r = Double(permutations)
            return (sums.map { $0 / r }, extreme.map { Double($0 + 1) / (r + 1) })
        }

        private struct Output: @unchecked Sendable {
            let tallies: UnsafeMutableBufferPointer<Int>
        }
    }
}
