import Foundation

/// A small seeded generator (SplitMix64, Steele, Lea & Flood 2014): the same seed gives
/// the same stream on every platform, which makes forecasts reproducible per `--seed`.
public struct ForecastRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1), 53 bits.
    public mutating func uniform() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// Exponential with the given rate.
    public mutating func exponential(rate: Double) -> Double { -log1p(-uniform()) / rate }

    /// Standard normal (Box–Muller; one of the pair is used).
    public mutating func normal() -> Double {
        let u = 1 - uniform()
        return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * uniform())
    }

    /// Poisson with mean `mean` (inversion; meant for small means).
    public mutating func poisson(mean: Double) -> Int {
        if mean > 30 { return max(0, Int((mean + mean.squareRoot() * normal()).rounded())) }
        let limit = exp(-mean)
        var k = 0
        var p = uniform()
        while p > limit {
            k += 1
            p *= uniform()
        }
        return k
    }
}
