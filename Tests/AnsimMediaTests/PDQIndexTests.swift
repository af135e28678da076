import AnsimMedia
import Testing

/// The multi-index answers exactly what a linear scan answers.
@Suite struct PDQIndexTests {
    /// A hash `bits` random bits away from `hash`.
    static func near(_ hash: PDQHash, bits: Int, _ rng: inout SyntheticScene) -> PDQHash {
        var flipped = Set<Int>()
        while flipped.count < bits { flipped.insert(rng.below(256)) }
        var w = [hash.words.0, hash.words.1, hash.words.2, hash.words.3]
        for k in flipped { w[k >> 6] ^= 1 << UInt64(k & 63) }
        return PDQHash(words: (w[0], w[1], w[2], w[3]))
    }

    @Test(arguments: [0, 16, 31, 40, 47, 60])
    func equalsBruteForce(maxDistance: Int) {
        var rng = SyntheticScene(seed: 5)
        var hashes = (0..<20_000).map { _ in rng.hash() }
        // Planted near-duplicates at every distance 0…64 of a few bases.
        for base in 0..<20 {
            for d in 0...64 { hashes.append(Self.near(hashes[base], bits: d, &rng)) }
        }
        let index = PDQIndex(hashes)
        var queries = (0..<50).map { _ in rng.hash() }
        for q in 0..<50 { queries.append(Self.near(hashes[q * 7], bits: rng.below(48), &rng)) }
        for q in 0..<20 { queries.append(hashes[q]) }
        var nonEmpty = 0
        for query in queries {
            let fast = index.query(query, maxDistance: maxDistance)
            let slow = PDQBruteForce.query(hashes, query, maxDistance: maxDistance)
            #expect(fast == slow)
            if !slow.isEmpty { nonEmpty += 1 }
        }
        #expect(nonEmpty >= 20)
    }

    @Test func appendedHashesAreFoundBeforeAndAfterARebuild() {
        var rng = SyntheticScene(seed: 9)
        var index = PDQIndex((0..<1000).map { _ in rng.hash() })
        index.rebuildThreshold = 10
        var added: [PDQHash] = []
        for _ in 0..<25 {
            let h = rng.hash()
            added.append(h)
            let id = index.append(h)
            #expect(index.query(Self.near(h, bits: 20, &rng)).contains { $0.id == id })
        }
        #expect(index.count == 1025)
        for (k, h) in added.enumerated() {
            #expect(index.query(h, maxDistance: 0) == [PDQMatch(id: 1000 + k, distance: 0)])
        }
    }

    @Test func neighbourEnumerationCountsAreBinomial() {
        var count = 0
        PDQIndex.forEachNeighbour(of: 0xABCD, flips: 2) { _ in count += 1 }
        #expect(count == 1 + 16 + 120)
    }
}
