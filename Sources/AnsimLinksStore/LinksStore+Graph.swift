import AnsimLinks
import AnsimStore

extension LinksStore {
    /// Reads the entities and links into a ``LoadedLinkGraph`` with two plain queries
    /// (entities by id; links by id with their ends' ids, kind index and epoch seconds).
    /// Runs as whoever `c` is: as an investigator (or the loader), every row; as any
    /// other role, row-level security leaves an empty graph. Links whose ends were not
    /// read (a load committed between the two queries) are skipped; the version read
    /// first then differs from the new one, so the next reader loads again.
    public static func loadGraph(on c: Connection) throws -> LoadedLinkGraph {
        let version = try version(on: c)
        let rows = try c.query(
            "SELECT id, ref, kind, label, lon, lat, synthetic FROM link_entity ORDER BY id",
            purpose: "read the link entities")
        var entities: [LinkEntity] = []
        var ids: [Int64] = []
        entities.reserveCapacity(rows.count)
        ids.reserveCapacity(rows.count)
        var synthetic = false
        for row in rows {
            guard let kind = EntityKind(name: try row.decode(String.self, at: 2)) else { continue }
            ids.append(try row.decode(Int64.self, at: 0))
            entities.append(
                LinkEntity(
                    ref: try row.decode(String.self, at: 1), kind: kind, label: try row.decode(String.self, at: 3),
                    lon: try row.decode(Double?.self, at: 4), lat: try row.decode(Double?.self, at: 5)))
            if try row.decode(Bool.self, at: 6) { synthetic = true }
        }
        let dense = DenseIDs(ids)
        let links = try c.query(
            """
            SELECT source_id, target_id,
                   array_position(ARRAY['called', 'transferred', 'registered_to', 'seen_at', 'co_offender',
                       'victim_of'], kind) - 1,
                   extract(epoch FROM at)::bigint, amount_krw
            FROM link ORDER BY id
            """, purpose: "read the links")
        var source: [Int32] = []
        var target: [Int32] = []
        var kind: [UInt8] = []
        var at: [Int64] = []
        var amount: [Int64] = []
        source.reserveCapacity(links.count)
        target.reserveCapacity(links.count)
        kind.reserveCapacity(links.count)
        at.reserveCapacity(links.count)
        amount.reserveCapacity(links.count)
        for row in links {
            guard let s = dense[try row.decode(Int64.self, at: 0)], let t = dense[try row.decode(Int64.self, at: 1)]
            else { continue }
            source.append(s)
            target.append(t)
            kind.append(UInt8(try row.decode(Int.self, at: 2)))
            at.append(try row.decode(Int64.self, at: 3))
            amount.append(try row.decode(Int64.self, at: 4))
        }
        let graph = LinkGraph(entities: entities, source: source, target: target, kind: kind, at: at, amount: amount)
        return LoadedLinkGraph(graph: graph, ids: ids, version: version, synthetic: synthetic)
    }
}

/// Database ids (ascending) → dense indexes: an array over the id range when the ids
/// are nearly contiguous (identity columns), else a dictionary.
struct DenseIDs {
    let base: Int64
    let table: [Int32]
    let map: [Int64: Int32]

    init(_ ids: [Int64]) {
        base = ids.first ?? 0
        let span = (ids.last ?? 0) - base + 1
        if !ids.isEmpty, span <= Int64(ids.count) * 4 + 1024 {
            var table = [Int32](repeating: -1, count: Int(span))
            for (i, id) in ids.enumerated() { table[Int(id - base)] = Int32(i) }
            self.table = table
            map = [:]
        } else {
            table = []
            map = Dictionary(ids.enumerated().map { ($1, Int32($0)) }, uniquingKeysWith: { a, _ in a })
        }
    }

    subscript(id: Int64) -> Int32? {
        guard !table.isEmpty else { return map[id] }
        let k = id - base
        guard k >= 0, k < table.count, table[Int(k)] >= 0 else { return nil }
        return table[Int(k)]
    }
}
