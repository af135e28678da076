extension LocalMoran {
    /// Each group of cells draws from its own ``StreamRandom`` stream, derived from (seed,
    /// group) alone, so the results do not depend on threads or scheduling.
    typealias Random = StreamRandom
    /// Local Moran's salt for ``StreamRandom``.
    static let randomSalt: UInt64 = 0x632B_E59B_D9B4_E019
}
