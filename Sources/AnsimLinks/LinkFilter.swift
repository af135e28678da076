/// Which links a query walks: a set of link kinds (all when empty) and a time window
/// `[from, to)` in epoch seconds (open ends when nil).
public struct LinkFilter: Sendable, Equatable {
    /// Bit `k.index` set for each kind walked.
    public var kinds: UInt8
    public var from: Int64?
    public var to: Int64?

    public init(kinds: Set<LinkKind> = [], from: Int64? = nil, to: Int64? = nil) {
        self.kinds = kinds.isEmpty ? 0x3F : kinds.reduce(0) { $0 | (1 << $1.index) }
        self.from = from
        self.to = to
    }

    /// Every link.
    public static let all = LinkFilter()

    /// Whether the filter lets every link through (queries then use the cached adjacency).
    public var isAll: Bool { kinds == 0x3F && from == nil && to == nil }

    /// Whether a link of kind index `kind` at `at` passes.
    @inline(__always)
    public func admits(kind: UInt8, at: Int64) -> Bool {
        if kinds & (1 << kind) == 0 { return false }
        if let from, at < from { return false }
        if let to, at >= to { return false }
        return true
    }
}
