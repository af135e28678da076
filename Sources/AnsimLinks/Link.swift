/// One typed, time-stamped link between entity indexes `source` → `target`; `at` is
/// seconds since 1970-01-01T00:00:00Z; `amount` is KRW for transfers (0 otherwise).
public struct Link: Sendable, Equatable {
    public var source: Int32
    public var target: Int32
    public var kind: LinkKind
    public var at: Int64
    public var amount: Int64

    public init(_ source: Int32, _ target: Int32, _ kind: LinkKind, at: Int64, amount: Int64 = 0) {
        self.source = source
        self.target = target
        self.kind = kind
        self.at = at
        self.amount = amount
    }
}
