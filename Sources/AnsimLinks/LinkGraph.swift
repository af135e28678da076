/// The link graph in compressed sparse row form: the links' columns (source, target,
/// kind, time, amount) and, per entity, the indexes of its outgoing and incoming links
/// (each row sorted by time, so time windows and time-respecting walks read forward).
///
/// Built once from arrays (``init(entities:links:)``); immutable and `Sendable`, so many
/// queries may run on it at once. Entity `i` is `entities[i]`; link `j` is column `j`.
public struct LinkGraph: Sendable {
    public let entities: [LinkEntity]
    public let source: [Int32]
    public let target: [Int32]
    public let kind: [UInt8]
    public let at: [Int64]
    public let amount: [Int64]
    /// Out-links of entity `v`: `outLinks[outStart[v] ..< outStart[v + 1]]`.
    public let outStart: [Int]
    public let outLinks: [Int32]
    /// In-links of entity `v`: `inLinks[inStart[v] ..< inStart[v + 1]]`.
    public let inStart: [Int]
    public let inLinks: [Int32]

    /// The number of entities and links.
    public var entityCount: Int { entities.count }
    public var linkCount: Int { source.count }

    /// A graph over `entities` with `links` (indexes into `entities`; out-of-range links trap).
    public init(entities: [LinkEntity], links: [Link]) {
        self.init(
            entities: entities, source: links.map(\.source), target: links.map(\.target),
            kind: links.map(\.kind.index), at: links.map(\.at), amount: links.map(\.amount))
    }

    /// A graph from the links' columns.
    public init(
        entities: [LinkEntity], source: [Int32], target: [Int32], kind: [UInt8], at: [Int64], amount: [Int64]
    ) {
        let n = entities.count
        precondition(source.allSatisfy { $0 >= 0 && Int($0) < n } && target.allSatisfy { $0 >= 0 && Int($0) < n })
        self.entities = entities
        self.source = source
        self.target = target
        self.kind = kind
        self.at = at
        self.amount = amount
        (outStart, outLinks) = Self.rows(n, keys: source, at: at)
        (inStart, inLinks) = Self.rows(n, keys: target, at: at)
    }

    /// Counting sort of link indexes by `keys`, each row then sorted by time.
    static func rows(_ n: Int, keys: [Int32], at: [Int64]) -> ([Int], [Int32]) {
        var start = [Int](repeating: 0, count: n + 1)
        for k in keys { start[Int(k) + 1] += 1 }
        for i in 0..<n { start[i + 1] += start[i] }
        var fill = start
        var rows = [Int32](repeating: 0, count: keys.count)
        for (j, k) in keys.enumerated() {
            rows[fill[Int(k)]] = Int32(j)
            fill[Int(k)] += 1
        }
        rows.withUnsafeMutableBufferPointer { buf in
            for v in 0..<n where start[v + 1] - start[v] > 1 {
                var slice = UnsafeMutableBufferPointer(rebasing: buf[start[v]..<start[v + 1]])
                slice.sort { (at[Int($0)], $0) < (at[Int($1)], $1) }
            }
        }
        return (start, rows)
    }

    /// The link's kind.
    public func linkKind(_ j: Int) -> LinkKind { LinkKind.at(kind[j]) }

    /// The index of the entity with reference `ref` (a linear scan; stores keep a dictionary).
    public func index(of ref: String) -> Int? { entities.firstIndex { $0.ref == ref } }

    /// A dictionary from references to indexes.
    public func refIndex() -> [String: Int] {
        Dictionary(entities.enumerated().map { ($1.ref, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// Calls `body(link, neighbour)` for every link of `v` in either direction that `filter` admits.
    @inline(__always)
    public func forEachNeighbour(_ v: Int, _ filter: LinkFilter, _ body: (Int, Int) -> Void) {
        for p in outStart[v]..<outStart[v + 1] {
            let j = Int(outLinks[p])
            if filter.admits(kind: kind[j], at: at[j]) { body(j, Int(target[j])) }
        }
        for p in inStart[v]..<inStart[v + 1] {
            let j = Int(inLinks[p])
            if filter.admits(kind: kind[j], at: at[j]) { body(j, Int(source[j])) }
        }
    }
}
