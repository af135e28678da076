/// An entity-resolution hint: two persons who share identifiers (a phone, an address,
/// a device, an account or a vehicle registered to both) and may be one person or
/// closely tied. A hint, not a merge: an investigator decides.
public struct ResolutionHint: Sendable, Equatable {
    public var first: Int
    public var second: Int
    /// The shared entities, ascending.
    public var shared: [Int]

    public init(first: Int, second: Int, shared: [Int]) {
        (self.first, self.second, self.shared) = (first, second, shared)
    }
}

extension LinkGraph {
    /// Pairs of persons sharing at least `minShared` identifiers through `registered_to`
    /// links; identifiers held by more than `maxHolders` persons (a shared office
    /// number, a large building) are skipped. When `person` is given, only its pairs.
    /// Most shared first, then by indexes.
    public func resolutionHints(person: Int? = nil, minShared: Int = 1, maxHolders: Int = 6) -> [ResolutionHint] {
        let registered = LinkKind.registeredTo.index
        let kinds: Set<EntityKind> = [.phone, .address, .device, .account, .vehicle]
        var pairs: [Int64: [Int]] = [:]
        for e in 0..<entityCount where kinds.contains(entities[e].kind) {
            var holders = Set<Int>()
            forEachNeighbour(e, LinkFilter(kinds: [.registeredTo])) { j, u in
                if kind[j] == registered && entities[u].kind == .person { holders.insert(u) }
            }
            guard holders.count >= 2, holders.count <= maxHolders else { continue }
            if let person, !holders.contains(person) { continue }
            let sorted = holders.sorted()
            for a in 0..<sorted.count {
                for b in (a + 1)..<sorted.count {
                    if let person, sorted[a] != person && sorted[b] != person { continue }
                    pairs[Int64(sorted[a]) << 32 | Int64(sorted[b]), default: []].append(e)
                }
            }
        }
        return pairs.compactMap { key, shared in
            shared.count >= minShared
                ? ResolutionHint(first: Int(key >> 32), second: Int(key & 0xFFFF_FFFF), shared: shared.sorted()) : nil
        }.sorted { ($0.shared.count, -$0.first, -$0.second) > ($1.shared.count, -$1.first, -$1.second) }
    }
}
