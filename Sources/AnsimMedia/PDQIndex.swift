/// Multi-index hashing (Norouzi, Punjani & Fleet 2012) over 256-bit PDQ hashes.
///
/// The hash is cut into 16 substrings of 16 bits, one table each. If two hashes
/// differ in at most `d` bits, then by the pigeonhole principle at least one of the
/// 16 substrings differs in at most `⌊d/16⌋` bits: for PDQ's usual `d = 31`, one
/// substring agrees exactly or in one bit. A query probes, in every table, its own
/// substring and all its neighbours within `⌊d/16⌋` bits, then checks each candidate's
/// full distance, so answers are exact (equal to `PDQBruteForce`).
///
/// Tables are compressed (CSR: 65 536 offsets + ids per table, 4 bytes an id); hashes
/// added after the last build sit in a small tail that is scanned linearly until
/// `rebuildThreshold` of them accumulate.
public struct PDQIndex: Sendable {
    /// Substrings (tables) per hash.
    public static let substrings = 16
    /// Radii above this are answered by a linear scan (the probe count explodes).
    public static let maximumIndexedDistance = 47

    /// Every hash, by id.
    public private(set) var hashes: [PDQHash]
    /// Ids covered by the tables (0..<built); the rest are the scanned tail.
    private var built = 0
    private var offsets: [[UInt32]] = []
    private var ids: [[UInt32]] = []
    /// Tail size that triggers a rebuild on the next `append`.
    public var rebuildThreshold = 4096

    /// An index over `hashes` (ids are their positions).
    public init(_ hashes: [PDQHash] = []) {
        self.hashes = hashes
        rebuild()
    }

    /// Number of hashes.
    public var count: Int { hashes.count }

    /// Adds a hash; returns its id.
    @discardableResult
    public mutating func append(_ hash: PDQHash) -> Int {
        hashes.append(hash)
        if hashes.count - built >= max(rebuildThreshold, built / 8) { rebuild() }
        return hashes.count - 1
    }

    /// Every hash within `maxDistance` bits, sorted by id.
    public func query(_ query: PDQHash, maxDistance: Int = 31) -> [PDQMatch] {
        guard maxDistance <= PDQIndex.maximumIndexedDistance else {
            return PDQBruteForce.query(hashes, query, maxDistance: maxDistance)
        }
        let flips = maxDistance / PDQIndex.substrings
        var seen = Set<Int>()
        var out: [PDQMatch] = []
        hashes.withUnsafeBufferPointer { all in
            for table in 0..<PDQIndex.substrings {
                let key = PDQIndex.substring(query, table)
                offsets[table].withUnsafeBufferPointer { starts in
                    ids[table].withUnsafeBufferPointer { members in
                        PDQIndex.forEachNeighbour(of: key, flips: flips) { probe in
                            for slot in Int(starts[probe])..<Int(starts[probe + 1]) {
                                let id = Int(members[slot])
                                let d = all[id].distance(to: query)
                                if d <= maxDistance, seen.insert(id).inserted {
                                    out.append(PDQMatch(id: id, distance: d))
                                }
                            }
                        }
                    }
                }
            }
            for id in built..<all.count {
                let d = all[id].distance(to: query)
                if d <= maxDistance { out.append(PDQMatch(id: id, distance: d)) }
            }
        }
        return out.sorted { $0.id < $1.id }
    }

    /// Rebuilds the tables over every hash (counting sort per table).
    public mutating func rebuild() {
        let n = hashes.count
        precondition(n < Int(UInt32.max), "PDQIndex holds fewer than 2^32 hashes")
        offsets = []
        ids = []
        for table in 0..<PDQIndex.substrings {
            var start = [UInt32](repeating: 0, count: 65_537)
            for hash in hashes { start[PDQIndex.substring(hash, table) + 1] += 1 }
            for k in 0..<65_536 { start[k + 1] += start[k] }
            var fill = start
            var members = [UInt32](repeating: 0, count: n)
            for (id, hash) in hashes.enumerated() {
                let key = PDQIndex.substring(hash, table)
                members[Int(fill[key])] = UInt32(id)
                fill[key] += 1
            }
            offsets.append(start)
            ids.append(members)
        }
        built = n
    }

    /// Bits `16·table …< 16·table + 16` of the hash.
    @inline(__always)
    static func substring(_ hash: PDQHash, _ table: Int) -> Int {
        Int((hash.word(table >> 2) >> UInt64((table & 3) * 16)) & 0xFFFF)
    }

    /// Calls `body` with `key` and every 16-bit value within `flips` bits of it.
    public static func forEachNeighbour(of key: Int, flips: Int, _ body: (Int) -> Void) {
        func walk(_ value: Int, from bit: Int, left: Int) {
            body(value)
            guard left > 0 else { return }
            for b in bit..<16 { walk(value ^ (1 << b), from: b + 1, left: left - 1) }
        }
        walk(key, from: 0, left: flips)
    }
}
