import AnsimAnalytics
import Foundation
import Testing

/// Rossmo's CGT and the calibrated journey-to-crime surface, worked by hand: no published
/// worked example with numbers was found, so the formula (Rossmo 2000, ch. 10) is checked
/// cell by cell on a strip whose Manhattan distances are known.
@Suite struct GeographicProfileTests {
    /// One row of 30 cells of 100 m; centres at x = 0, 100, …, 2900 and y = 0.
    static let strip = Grid(xmin: -50, ymin: -50, cell: 100, rows: 1, cols: 30)

    @Test func rossmoByHand() throws {
        let profile = try GeographicProfile.rossmo(
            xs: [0], ys: [0], grid: Self.strip, buffer: 1000, f: 1.2, g: 1.2)
        #expect(abs(profile.p.reduce(0, +) - 1) <= 1e-12)
        // d ≤ B: B^(g−f)/(2B − d)^g = (2000 − d)^−1.2; d > B: d^−1.2.
        let raw = (0..<30).map { c -> Double in
            let d = Double(c) * 100
            return d > 1000 ? pow(d, -1.2) : pow(2000 - d, -1.2)
        }
        let total = raw.reduce(0, +)
        for c in 0..<30 { #expect(abs(profile.p[c] - raw[c] / total) <= 1e-15) }
        // The peak is at the buffer's edge, d = B = 1000 m: column 10.
        #expect(profile.p.firstIndex(of: profile.p.max()!) == 10)
        // Searching from the top, the anchor at the peak is found in the first of 30 cells.
        #expect(profile.hitScore(x: 1000, y: 0) == 100.0 / 30)
        // At the crime site itself (col 0: 2000^−1.2, below 13 cells beyond B): 17 cells ≥ it.
        let below = raw.count { $0 >= raw[0] }
        #expect(profile.hitScore(x: 0, y: 0) == 100 * Double(below) / 30)
        #expect(profile.hitScore(x: 5000, y: 0) == nil)
    }

    @Test func seriesSurfaceSumsToOneAndFindsTheAnchor() throws {
        // Eight crimes on a ring of ~600 m (Manhattan) around an anchor at (1500, 1500).
        let angles = (0..<8).map { Double($0) * .pi / 4 }
        let xs = angles.map { 1500 + 450 * cos($0) }
        let ys = angles.map { 1500 + 450 * sin($0) }
        let grid = Grid(xmin: 0, ymin: 0, cell: 50, rows: 60, cols: 60)
        let profile = try GeographicProfile.rossmo(xs: xs, ys: ys, grid: grid)
        #expect(abs(profile.p.reduce(0, +) - 1) <= 1e-12)
        #expect(profile.p.allSatisfy { $0 > 0 })
        let score = try #require(profile.hitScore(x: 1500, y: 1500))
        #expect(score < 50)  // better than a random search (50 %)
    }

    @Test func calibratedDecay() throws {
        // Solved cases all travelled about 500 m: the surface of one crime is a ring of 500 m.
        let d = [480.0, 500, 510, 520, 490, 505]
        let decay = try DistanceDecay(
            homeXs: d, homeYs: d.map { _ in 0 }, crimeXs: d.map { _ in 0 }, crimeYs: d.map { _ in 0 })
        #expect(decay.value(at: 500) > 10 * decay.value(at: 0))
        let profile = try GeographicProfile.calibrated(xs: [0], ys: [0], grid: Self.strip, decay: decay)
        #expect(abs(profile.p.reduce(0, +) - 1) <= 1e-12)
        #expect(profile.p.firstIndex(of: profile.p.max()!) == 5)
    }

    @Test func badInput() {
        #expect(throws: AnalyticsError("crime 2 (nan, 0.0) is not a finite point")) {
            try GeographicProfile.rossmo(xs: [0, .nan], ys: [0, 0], grid: Self.strip, buffer: 100)
        }
        #expect(throws: AnalyticsError("no crime sites in the series")) {
            try GeographicProfile.rossmo(xs: [], ys: [], grid: Self.strip, buffer: 100)
        }
        #expect(throws: AnalyticsError.self) {
            try GeographicProfile.rossmo(xs: [1], ys: [1], grid: Self.strip)  // one site: no default buffer
        }
    }
}
