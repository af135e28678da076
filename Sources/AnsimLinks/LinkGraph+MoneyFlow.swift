/// Where money went from (forward) or came from (backward) an account, along
/// `transferred` links that respect time: forward, a transfer out of an account counts
/// only at or after the money's earliest arrival there; backward, a transfer into an
/// account counts only at or before the latest time money left it.
public struct MoneyFlow: Sendable, Equatable {
    public struct Stop: Sendable, Equatable {
        public var index: Int
        /// Forward: the earliest arrival; backward: the latest departure (epoch seconds).
        public var at: Int64
        /// Transfers on the earliest (latest) time-respecting chain from the start.
        public var hops: Int
        /// KRW moved into (forward) or out of (backward) this account along the flow's links.
        public var amount: Int64
    }

    public var forward: Bool
    /// The start first, then by time (forward ascending, backward descending), then index.
    public var stops: [Stop]
    /// The time-respecting transfers, ascending.
    public var links: [Int]
}

extension LinkGraph {
    /// Traces money from (`forward`) or into (backward) `start`, beginning at `time`
    /// (forward: no earlier; backward: no later; nil = unbounded), through at most `hops`
    /// transfers, within `filter`'s time window.
    public func moneyFlow(from start: Int, forward: Bool, time: Int64? = nil, hops: Int = 6, filter: LinkFilter = .all)
        -> MoneyFlow
    {
        let transfer = LinkKind.transferred.index
        var window = filter
        window.kinds = 1 << transfer
        var best: [Int: (at: Int64, hops: Int)] = [start: (time ?? (forward ? .min : .max), 0)]
        var amount: [Int: Int64] = [:]
        var used = Set<Int>()
        // Label-correcting search ordered by time: a better (earlier forward, later
        // backward) time re-opens an account.
        var queue = [start]
        while let v = queue.popLast() {
            let (t, h) = best[v]!
            if h >= hops { continue }
            let (lo, hi, rows, other) =
                forward ? (outStart[v], outStart[v + 1], outLinks, target) : (inStart[v], inStart[v + 1], inLinks, source)
            for p in lo..<hi {
                let j = Int(rows[p])
                guard window.admits(kind: kind[j], at: at[j]), forward ? at[j] >= t : at[j] <= t else { continue }
                used.insert(j)
                let u = Int(other[j])
                if u == start { continue }
                let better = best[u].map { forward ? at[j] < $0.at : at[j] > $0.at } ?? true
                if better {
                    best[u] = (at[j], h + 1)
                    queue.append(u)
                }
            }
        }
        for j in used {
            let u = forward ? Int(target[j]) : Int(source[j])
            amount[u, default: 0] += self.amount[j]
        }
        let stops = best.map { MoneyFlow.Stop(index: $0.key, at: $0.value.at, hops: $0.value.hops, amount: amount[$0.key] ?? 0) }
            .sorted { a, b in
                if (a.index == start) != (b.index == start) { return a.index == start }
                if a.at != b.at { return forward ? a.at < b.at : a.at > b.at }
                return a.index < b.index
            }
        return MoneyFlow(forward: forward, stops: stops, links: used.sorted())
    }
}
