/// A seeded pseudo-random generator: xoshiro256** (Blackman & Vigna 2021, "Scrambled
/// linear pseudorandom number generators", ACM TOMS 47(4)) seeded through SplitMix64
/// (Steele, Lea & Flood 2014), as the xoshiro authors recommend.
///
/// The synthetic data must be byte-identical for the same seed on every machine, so
/// the generator never touches the system RNG, and every derived quantity below is
/// computed with plain IEEE arithmetic in a fixed order. Independent streams for
/// separate parts of the data (one per 자치구 × crime class, one for the calls, …)
/// come from ``init(seed:stream:)``, so changing one part never shifts another.
public struct SynthRandom: RandomNumberGenerator, Sendable {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    /// A generator whose 256-bit state is four SplitMix64 outputs from `seed`.
    public init(seed: UInt64) {
        var sm = seed
        s0 = SynthRandom.splitMix64(&sm)
        s1 = SynthRandom.splitMix64(&sm)
        s2 = SynthRandom.splitMix64(&sm)
        s3 = SynthRandom.splitMix64(&sm)
    }

    /// An independent stream named by `stream` (hashed with 64-bit FNV-1a over its UTF-8).
    public init(seed: UInt64, stream: String) {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in stream.utf8 {
            h ^= UInt64(byte)
            h = h &* 0x0000_0100_0000_01b3
        }
        var mixed = seed ^ h
        self.init(seed: SynthRandom.splitMix64(&mixed))
    }

    /// SplitMix64: one output, advancing `state`.
    public static func splitMix64(_ state: inout UInt64) -> UInt64 {
        state = state &+ 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// The next 64 random bits (xoshiro256**).
    public mutating func next() -> UInt64 {
        let result = rotl(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotl(s3, 45)
        return result
    }

    @inline(__always)
    private func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    /// A uniform double in [0, 1) with 53 random bits.
    public mutating func uniform() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A uniform double in (0, 1], safe for logarithms.
    public mutating func uniformPositive() -> Double {
        Double((next() >> 11) + 1) * 0x1.0p-53
    }

    /// A uniform integer in 0..<n (Lemire's nearly-divisionless method, unbiased).
    public mutating func below(_ n: Int) -> Int {
        precondition(n > 0, "below(0)")
        let bound = UInt64(n)
        var m = next().multipliedFullWidth(by: bound)
        if m.low < bound {
            let threshold = (0 &- bound) % bound
            while m.low < threshold { m = next().multipliedFullWidth(by: bound) }
        }
        return Int(m.high)
    }

    /// True with probability `p`.
    public mutating func bernoulli(_ p: Double) -> Bool { uniform() < p }
}
