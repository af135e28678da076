import AnsimAnalytics
import Foundation
import Testing

@Suite struct KnoxTests {
    struct Reference: Decodable {
        struct Table: Decodable {
            var spaceEdges: [Double]
            var timeEdges: [Double]
            var observed: [[Int]]
            var expected: [[Double]]
            var permutations: Int
        }
        var distance, time: Double
        var observed, spacePairs, timePairs, pairs, permutations: Int
        var expected, expectedSe, expectedSd, exactExpected: Double
        var table: Table
    }

    static func fixture() throws -> (xs: [Double], ys: [Double], ts: [Double], reference: Reference) {
        let events = try KDETests.table("knox_events")
        let url = try #require(
            Bundle.module.url(forResource: "knox_expected", withExtension: "json", subdirectory: "Fixtures"))
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let reference = try decoder.decode(Reference.self, from: Data(contentsOf: url))
        return (events["x"]!, events["y"]!, events["t"]!, reference)
    }

    /// Pairs with d² ≤ D² and |Δt| ≤ T, over all n(n − 1)/2 pairs.
    static func bruteForce(_ xs: [Double], _ ys: [Double], _ ts: [Double], _ d: Double, _ t: Double) -> Int {
        var count = 0
        for i in xs.indices {
            for j in (i + 1)..<xs.count {
                let d2 = (xs[i] - xs[j]) * (xs[i] - xs[j]) + (ys[i] - ys[j]) * (ys[i] - ys[j])
                count += d2 <= d * d && abs(ts[i] - ts[j]) <= t ? 1 : 0
            }
        }
        return count
    }

    /// Observed as the O(n²) count and numpy; expected as numpy's mean over 20,000
    /// permutations and the exact permutation mean, within Monte Carlo error (999 here:
    /// sd/√999 ≈ 0.25 pairs; 5 standard errors allowed); the planted near-repeats give the
    /// smallest possible p.
    @Test func matchesReferenceOnFixture() throws {
        let (xs, ys, ts, ref) = try Self.fixture()
        let r = try Knox.test(
            xs: xs, ys: ys, ts: ts, distance: ref.distance, time: ref.time, permutations: 999, seed: 1)
        #expect(r.observed == ref.observed)
        #expect(r.observed == Self.bruteForce(xs, ys, ts, ref.distance, ref.time))
        #expect(r.spacePairs == ref.spacePairs && r.timePairs == ref.timePairs && r.pairs == ref.pairs)
        #expect(abs(r.analyticExpected - ref.exactExpected) < 1e-9)
        let se = ref.expectedSd / 999.0.squareRoot()
        #expect(abs(r.expected - ref.exactExpected) < 5 * se, "\(r.expected) vs \(ref.exactExpected)")
        #expect(
            abs(r.expected - ref.expected) < 5 * (se * se + ref.expectedSe * ref.expectedSe).squareRoot())
        #expect(r.p == 1.0 / 1000)
    }

    @Test func deterministicPerSeed() throws {
        let (xs, ys, ts, _) = try Self.fixture()
        // Wide bands dilute the planted signal, so that p is not at its floor.
        let a = try Knox.test(xs: xs, ys: ys, ts: ts, distance: 400, time: 60, permutations: 199, seed: 42)
        let b = try Knox.test(xs: xs, ys: ys, ts: ts, distance: 400, time: 60, permutations: 199, seed: 42)
        let c = try Knox.test(xs: xs, ys: ys, ts: ts, distance: 400, time: 60, permutations: 199, seed: 43)
        #expect(a == b)
        #expect(a.expected != c.expected)
        #expect(a.observed == c.observed)
    }

    /// Events uniform in space and time with no interaction: p is not small (for this seed).
    /// The same events with near-repeats planted (a follow-up within 100 m and 5 days of a
    /// fifth of them) give p = 1/(P + 1).
    @Test func poissonVersusPlanted() throws {
        var random = KDETests.Random(seed: 2008)
        var xs = (0..<2000).map { _ in 10_000 * random.unit() }
        var ys = (0..<2000).map { _ in 10_000 * random.unit() }
        var ts = (0..<2000).map { _ in (365 * random.unit()).rounded(.down) }
        let poisson = try Knox.test(
            xs: xs, ys: ys, ts: ts, distance: 200, time: 14, permutations: 499, seed: 9)
        #expect(poisson.p > 0.1, "\(poisson)")
        #expect(
            abs(poisson.expected - poisson.analyticExpected) < 4
                * (poisson.analyticExpected / 499).squareRoot())
        for i in stride(from: 0, to: 2000, by: 5) {
            xs.append(xs[i] + 100 * (random.unit() - 0.5))
            ys.append(ys[i] + 100 * (random.unit() - 0.5))
            ts.append(ts[i] + (5 * random.unit()).rounded(.down))
        }
        let planted = try Knox.test(
            xs: xs, ys: ys, ts: ts, distance: 200, time: 14, permutations: 499, seed: 9)
        #expect(planted.p == 1.0 / 500)
        #expect(planted.ratio > 2)
    }

    /// The grid index finds every pair, also with an outlier stretching the extent (cells
    /// larger than the distance), distance 0 (identical locations only) and a distance
    /// larger than the extent.
    @Test(arguments: [0.0, 3, 25, 120, 1e7])
    func indexFindsEveryPair(distance: Double) throws {
        var random = KDETests.Random(seed: UInt64(distance) + 1)
        var xs = (0..<400).map { _ in (500 * random.unit()).rounded() }
        var ys = (0..<400).map { _ in (300 * random.unit()).rounded() }
        let ts = (0..<402).map { _ in (100 * random.unit()).rounded() }
        xs += [xs[0], 9e6]
        ys += [ys[0], -4e6]
        let r = try Knox.test(xs: xs, ys: ys, ts: ts, distance: distance, time: 10, permutations: 9, seed: 0)
        #expect(r.observed == Self.bruteForce(xs, ys, ts, distance, 10))
    }

    @Test func edgeCasesAndErrors() throws {
        let empty = try Knox.test(xs: [], ys: [], ts: [], distance: 100, time: 7, permutations: 99)
        #expect(empty.observed == 0 && empty.expected == 0 && empty.p == 1 && empty.pairs == 0)
        let single = try Knox.test(xs: [1], ys: [1], ts: [1], distance: 100, time: 7, permutations: 99)
        #expect(single.observed == 0 && single.p == 1)
        let two = try Knox.test(xs: [0, 3], ys: [0, 4], ts: [0, 7], distance: 5, time: 7, permutations: 99)
        #expect(two.observed == 1 && two.expected == 1 && two.p == 1)
        #expect(throws: AnalyticsError.self) {
            try Knox.test(xs: [1, .nan], ys: [1, 1], ts: [1, 1], distance: 1, time: 1)
        }
        #expect(throws: AnalyticsError.self) {
            try Knox.test(xs: [1], ys: [1], ts: [.infinity], distance: 1, time: 1)
        }
        #expect(throws: AnalyticsError.self) {
            try Knox.test(xs: [1, 2], ys: [1], ts: [1, 1], distance: 1, time: 1)
        }
        #expect(throws: AnalyticsError.self) {
            try Knox.test(xs: [1], ys: [1], ts: [1], distance: -1, time: 1)
        }
        #expect(throws: AnalyticsError.self) {
            try Knox.test(xs: [1], ys: [1], ts: [1], distance: 1, time: .nan)
        }
        #expect(throws: AnalyticsError.self) {
            try Knox.test(xs: [1], ys: [1], ts: [1], distance: 1, time: 1, permutations: 0)
        }
    }

    /// Ratcliffe's table: observed as numpy's, expected within Monte Carlo error of numpy's
    /// 4,000-permutation means; its corner (same location … 200 m, 0 … 14 days) is the Knox
    /// statistic for (200 m, 14 days).
    @Test func nearRepeatTable() throws {
        let (xs, ys, ts, ref) = try Self.fixture()
        let table = try NearRepeat.table(
            xs: xs, ys: ys, ts: ts, spaceBandwidth: 100, spaceBands: 5, timeBandwidth: 7, timeBands: 4,
            permutations: 999, seed: 3)
        #expect(table.spaceEdges == ref.table.spaceEdges + [.infinity])
        #expect(table.timeEdges == ref.table.timeEdges + [.infinity])
        #expect(table.spaceBands == 7 && table.timeBands == 5)
        for s in 0..<7 {
            for t in 0..<5 {
                let i = table.index(space: s, time: t)
                #expect(table.observed[i] == ref.table.observed[s][t], "(\(s), \(t))")
                let e = ref.table.expected[s][t]
                let tolerance = 5 * max(e, 1).squareRoot() * (1 / 999.0 + 1 / 4000.0).squareRoot()
                #expect(abs(table.expected[i] - e) <= tolerance, "(\(s), \(t)): \(table.expected[i]) vs \(e)")
            }
        }
        #expect(table.observed.reduce(0, +) == ref.pairs)
        let corner = (0..<3).flatMap { s in (0..<2).map { table.observed[table.index(space: s, time: $0)] } }
        #expect(corner.reduce(0, +) == ref.observed)
        // Near-repeats: the closest, quickest band is far above expectation.
        let first = table.index(space: 1, time: 0)
        #expect(table.p[first] == 1.0 / 1000 && table.ratio[first] > 5)
        #expect(table.ratio[table.index(space: 0, time: 0)].isNaN)
        #expect(
            try NearRepeat.table(
                xs: xs, ys: ys, ts: ts, spaceBandwidth: 100, spaceBands: 5, timeBandwidth: 7, timeBands: 4,
                permutations: 999, seed: 3) == table)
        #expect(throws: AnalyticsError.self) {
            try NearRepeat.table(
                xs: xs, ys: ys, ts: ts, spaceBandwidth: 0, spaceBands: 5, timeBandwidth: 7, timeBands: 4)
        }
    }
}
