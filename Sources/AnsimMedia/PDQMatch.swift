/// One indexed hash within the query radius.
public struct PDQMatch: Hashable, Sendable {
    /// The position of the hash in the index (insertion order, from 0).
    public let id: Int
    /// Differing bits.
    public let distance: Int

    public init(id: Int, distance: Int) {
        self.id = id
        self.distance = distance
    }
}

/// Linear scan: the exact answer the index must equal, and the benchmark's baseline.
public enum PDQBruteForce {
    /// Every hash within `maxDistance` bits of `query`, by id.
    public static func query(_ hashes: [PDQHash], _ query: PDQHash, maxDistance: Int) -> [PDQMatch] {
        var out: [PDQMatch] = []
        hashes.withUnsafeBufferPointer { all in
            for i in 0..<all.count {
                let d = all[i].distance(to: query)
                if d <= maxDistance { out.append(PDQMatch(id: i, distance: d)) }
            }
        }
        return out
    }
}
