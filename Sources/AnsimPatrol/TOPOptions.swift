/// How long and from which seed ``TOPSolver`` searches.
///
/// The determinism rule: the plan depends only on the instance and these options — never on
/// the clock, the machine or its load. `iterations` fixes the number of destroy/repair steps
/// of each search; `timeLimit` is nominal seconds, turned into a fixed budget of counted work
/// units (arc evaluations) at ``workUnitsPerSecond``, calibrated so that one search takes
/// about `timeLimit` seconds on one core of the reference machine (slower machines take
/// longer, faster ones less, the plan is the same). With both, the search stops at whichever
/// comes first; with neither, `timeLimit` is 1 s. `threads` independent searches run in
/// parallel with seeds derived from `seed` and are merged deterministically (best score, then
/// shortest total duration, then lowest search index), so the plan also depends on `threads`.
public struct TOPOptions: Sendable, Equatable {
    /// The seed of every random choice.
    public var seed: UInt64
    /// Destroy/repair steps per search, or nil.
    public var iterations: Int?
    /// Nominal seconds per search (a work budget, not a clock), or nil.
    public var timeLimit: Double?
    /// Independent searches run in parallel (at least 1).
    public var threads: Int

    /// Work units per nominal second of ``timeLimit``: about 0.5–1 s of one core of the reference
    /// machine (a 2-core Linux VM, Swift 6.3 release build), leaving room for a loaded machine.
    public static let workUnitsPerSecond = 200_000_000.0

    /// Options as given; see the type's documentation for the rule.
    public init(seed: UInt64 = 1, iterations: Int? = nil, timeLimit: Double? = nil, threads: Int = 2) {
        self.seed = seed
        self.iterations = iterations
        self.timeLimit = timeLimit
        self.threads = max(1, threads)
    }

    /// The work budget of one search, or nil when only iterations bound it.
    var workLimit: Int? {
        if let timeLimit { return Int(max(0, min(timeLimit, 1e6)) * Self.workUnitsPerSecond) }
        return iterations == nil ? Int(Self.workUnitsPerSecond) : nil
    }
}
