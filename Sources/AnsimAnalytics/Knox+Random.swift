extension Knox {
    /// Each permutation has its own ``StreamRandom`` stream, derived from (seed, permutation
    /// number) alone, so results do not depend on threads or on how permutations are split.
    typealias Random = StreamRandom
    /// Knox's salt for ``StreamRandom``.
    static let randomSalt: UInt64 = 0x4B6E_6F78_5465_7374
}
