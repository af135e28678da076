/// The permutation tests' generator: xoshiro256++ (Blackman & Vigna 2021, "Scrambled linear
/// pseudorandom number generators", ACM TOMS 47(4)), seeded through SplitMix64 (Steele, Lea
/// & Flood 2014). A generator is one stream, derived from (seed, stream number, salt) alone,
/// so a statistic that gives each unit of work (a Knox permutation, a group of Moran cells)
/// its own stream gets the same results on any number of threads. Each statistic has its
/// own salt, so the same seed gives unrelated streams in different statistics.
struct StreamRandom {
    private var s0, s1, s2, s3: UInt64

    init(seed: UInt64, stream: UInt64, salt: UInt64) {
        var state = Self.mix(seed ^ Self.mix(stream &+ salt))
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            return Self.mix(state)
        }
        (s0, s1, s2, s3) = (next(), next(), next(), next())
    }

    /// SplitMix64's finaliser: a bijective avalanche of 64 bits.
    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    @inline(__always)
    mutating func next() -> UInt64 {
        let result = rotate(s0 &+ s3, 23) &+ s0
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotate(s3, 45)
        return result
    }

    /// A uniform integer in 0..<bound (bound > 0), unbiased: Lemire's multiply-shift with
    /// rejection (Lemire 2019, "Fast random integer generation in an interval", ACM TOMACS 29(1)).
    @inline(__always)
    mutating func below(_ bound: UInt64) -> UInt64 {
        var product = next().multipliedFullWidth(by: bound)
        if product.low < bound {
            let threshold = (0 &- bound) % bound
            while product.low < threshold { product = next().multipliedFullWidth(by: bound) }
        }
        return product.high
    }

    /// Shuffles `values` in place: Fisher–Yates (Durstenfeld 1964), every order equally likely.
    @inline(__always)
    mutating func shuffle(_ values: UnsafeMutableBufferPointer<Double>) {
        var i = values.count - 1
        while i > 0 {
            let j = Int(below(UInt64(i + 1)))
            values.swapAt(i, j)
            i -= 1
        }
    }

    @inline(__always)
    private func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }
}
