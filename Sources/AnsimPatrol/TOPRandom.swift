/// The seeded generator behind every random choice of the solver: SplitMix64 (Steele, Lea &
/// Flood 2014), so a seed gives the same stream on every platform and Swift version.
struct TOPRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator whose stream depends only on `seed`.
    init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `0..<bound` (`bound` > 0).
    mutating func int(_ bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }

    /// A uniform double in [0, 1).
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// The seed of the `index`-th independent stream derived from `seed`.
    static func derive(_ seed: UInt64, _ index: Int) -> UInt64 {
        var mixer = TOPRandom(seed: seed ^ (0xD1B5_4A32_D192_ED03 &* UInt64(index + 1)))
        return mixer.next()
    }
}
