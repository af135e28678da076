import AnsimMedia
import ArgumentParser
import Foundation

/// `ansim bench media`: PDQ hashing speed, and multi-index queries beside a linear scan.
struct BenchMedia: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "media",
        abstract: "PDQ hashes/s, and match-index queries/s beside brute force on the same hashes.",
        discussion: """
            Hashing: --images seeded synthetic scenes of --width × --height, encoded once as \
            JPEG q85; timed decode+hash and hash alone (one thread). Index: --hashes random \
            256-bit hashes plus near-duplicates planted at 0–31 bits from half the queries; \
            --queries "within --max-distance bits" queries through the multi-index, and the \
            first --brute-queries of them by linear scan, whose answers must be equal (the run \
            fails otherwise). Use a release build for figures (swift build -c release).
            """)

    @Option(help: "Indexed hashes.") var hashes = 1_000_000
    @Option(help: "Queries through the index.") var queries = 2_000
    @Option(help: "Queries by linear scan (also checked against the index).") var bruteQueries = 50
    @Option(help: "Images hashed.") var images = 30
    @Option var width = 640
    @Option var height = 480
    @Option var maxDistance = 31
    @Option var seed: UInt64 = 7

    func run() throws {
        var scenes = SyntheticScene(seed: seed)
        let rgb = (0..<images).map { _ in scenes.image(width: width, height: height) }
        let jpegs = try rgb.map { try ImageTransform.jpeg($0, quality: 85) }
        var t = ContinuousClock.now
        for jpeg in jpegs { _ = try Media.hash(imageData: jpeg) }
        let decodeHash = seconds(since: t)
        let lumas = rgb.map { LumaImage(width: $0.width, height: $0.height, rgb: $0.rgb) }
        t = ContinuousClock.now
        for luma in lumas { _ = PDQHasher.hash(luma) }
        let hashOnly = seconds(since: t)
        print("pdq \(width)×\(height): decode+hash \(rate(images, decodeHash)) images/s, hash only \(rate(images, hashOnly)) images/s (\(images) images)")

        var all = [PDQHash]()
        all.reserveCapacity(hashes + queries / 2)
        for _ in 0..<hashes { all.append(scenes.hash()) }
        var probes: [PDQHash] = []
        for q in 0..<queries {
            let base = scenes.hash()
            if q % 2 == 0 {
                all.append(flip(base, bits: scenes.below(maxDistance + 1), &scenes))
            }
            probes.append(base)
        }
        t = ContinuousClock.now
        let index = PDQIndex(all)
        let build = seconds(since: t)
        t = ContinuousClock.now
        var found = 0
        var answers: [[PDQMatch]] = []
        for (k, probe) in probes.enumerated() {
            let hits = index.query(probe, maxDistance: maxDistance)
            found += hits.count
            if k < bruteQueries { answers.append(hits) }
        }
        let mih = seconds(since: t)
        t = ContinuousClock.now
        for k in 0..<min(bruteQueries, probes.count) {
            let slow = PDQBruteForce.query(all, probes[k], maxDistance: maxDistance)
            guard slow == answers[k] else { throw ValidationError("index and brute force differ on query \(k)") }
        }
        let brute = seconds(since: t)
        let bq = min(bruteQueries, probes.count)
        print("index of \(all.count) hashes built in \(String(format: "%.2f", build)) s; \(found) matches for \(queries) queries within \(maxDistance) bits")
        print("multi-index \(rate(queries, mih)) queries/s; brute force \(rate(bq, brute)) queries/s (\(bq) queries, answers equal); speed-up \(String(format: "%.0f", (Double(queries) / mih) / (Double(bq) / brute)))×")
    }

    private func flip(_ hash: PDQHash, bits: Int, _ rng: inout SyntheticScene) -> PDQHash {
        var w = [hash.words.0, hash.words.1, hash.words.2, hash.words.3]
        var done = Set<Int>()
        while done.count < bits { done.insert(rng.below(256)) }
        for k in done { w[k >> 6] ^= 1 << UInt64(k & 63) }
        return PDQHash(words: (w[0], w[1], w[2], w[3]))
    }

    private func seconds(since start: ContinuousClock.Instant) -> Double {
        let d = ContinuousClock.now - start
        return Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    }

    private func rate(_ n: Int, _ s: Double) -> String {
        let r = Double(n) / s
        return r >= 100 ? String(format: "%.0f", r) : String(format: "%.2f", r)
    }
}
