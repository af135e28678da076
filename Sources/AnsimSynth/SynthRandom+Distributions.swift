import Foundation

extension SynthRandom {
    /// A standard normal variate (Box–Muller; one of the pair is used, so the stream
    /// position depends only on how many variates were drawn).
    public mutating func normal() -> Double {
        let u1 = uniformPositive()
        let u2 = uniform()
        return (-2 * Foundation.log(u1)).squareRoot() * Foundation.cos(2 * Double.pi * u2)
    }

    /// An exponential variate with the given mean.
    public mutating func exponential(mean: Double) -> Double {
        -mean * Foundation.log(uniformPositive())
    }

    /// A log-normal variate given its median (e^μ) and the σ of its logarithm.
    public mutating func logNormal(median: Double, sigma: Double) -> Double {
        median * Foundation.exp(sigma * normal())
    }

    /// A Poisson variate (Knuth's product method; the means used here are below 1).
    public mutating func poisson(mean: Double) -> Int {
        guard mean > 0 else { return 0 }
        let limit = Foundation.exp(-mean)
        var k = 0
        var p = uniform()
        while p > limit {
            k += 1
            p *= uniform()
        }
        return k
    }
}

/// A discrete distribution over `0..<weights.count`, sampled by binary search of its
/// cumulative weights. Weights need not sum to one; zero weights are never drawn.
public struct Categorical: Sendable {
    private let cumulative: [Double]

    /// The distribution proportional to `weights` (non-negative, not all zero).
    public init(_ weights: [Double]) {
        precondition(!weights.isEmpty, "a categorical distribution needs weights")
        var sum = 0.0
        cumulative = weights.map { w in
            precondition(w >= 0 && w.isFinite, "weights must be finite and non-negative")
            sum += w
            return sum
        }
        precondition(sum > 0, "weights must not all be zero")
    }

    /// The number of outcomes.
    public var count: Int { cumulative.count }

    /// The sum of the weights.
    public var total: Double { cumulative[cumulative.count - 1] }

    /// The probability of outcome `i`.
    public func probability(_ i: Int) -> Double {
        (cumulative[i] - (i == 0 ? 0 : cumulative[i - 1])) / total
    }

    /// Draws one outcome.
    public func sample(_ rng: inout SynthRandom) -> Int {
        let u = rng.uniform() * total
        var lo = 0
        var hi = cumulative.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if cumulative[mid] > u { hi = mid } else { lo = mid + 1 }
        }
        // The first cumulative weight above u; never a zero-weight outcome, since its
        // cumulative weight equals its predecessor's (and u ≥ 0 rules out a leading zero).
        return lo
    }
}
