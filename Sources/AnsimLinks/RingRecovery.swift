/// How well communities recover planted rings: for each ring, the community holding
/// most of its members; precision = ring members in it / its size, recall = ring
/// members in it / ring size. Means over rings are reported.
public struct RingRecovery: Sendable, Equatable {
    public struct Ring: Sendable, Equatable {
        public var community: Int32
        public var precision: Double
        public var recall: Double
    }

    public var rings: [Ring]
    public var meanPrecision: Double { rings.isEmpty ? 0 : rings.map(\.precision).reduce(0, +) / Double(rings.count) }
    public var meanRecall: Double { rings.isEmpty ? 0 : rings.map(\.recall).reduce(0, +) / Double(rings.count) }

    /// Scores `label` (a community per entity) against the planted `rings`.
    public init(label: [Int32], rings planted: [[Int]]) {
        var size: [Int32: Int] = [:]
        for l in label { size[l, default: 0] += 1 }
        rings = planted.map { members in
            var count: [Int32: Int] = [:]
            for v in members { count[label[v], default: 0] += 1 }
            let (c, hits) = count.max { ($0.value, -$0.key) < ($1.value, -$1.key) } ?? (-1, 0)
            return Ring(
                community: c, precision: Double(hits) / Double(size[c] ?? 1),
                recall: Double(hits) / Double(max(1, members.count)))
        }
    }
}
