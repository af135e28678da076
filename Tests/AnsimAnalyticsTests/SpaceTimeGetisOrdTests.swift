import AnsimAnalytics
import Foundation
import Testing

/// Space–time Gi* against esda 2.9 `G_Local(star=True, transform="B")` on explicit space–time
/// neighbour lists, and the Mann–Kendall trend of each cell's z-series against pymannkendall
/// (fixtures of scripts/fixtures/emerging.py: a 6 × 7 × 12 cube).
@Suite struct SpaceTimeGetisOrdTests {
    static func cube() throws -> (SpaceTimeCube, Fixture) {
        let f = try Fixture("emerging_cube")
        let cube = try SpaceTimeCube.records(
            rows: f["row"], cols: f["col"], steps: f["t"], counts: f["count"])
        return (cube, f)
    }

    /// The fixture's column in the cube's layout (it lists bins in that order; checked).
    static func column(_ f: Fixture, _ name: String, _ cube: SpaceTimeCube) -> [Double] {
        var out = [Double](repeating: .nan, count: cube.counts.count)
        for k in f[name].indices {
            out[cube.index(row: Int(f["row"][k]), col: Int(f["col"][k]), t: Int(f["t"][k]))] = f[name][k]
        }
        return out
    }

    @Test(arguments: [(GridWeights.Contiguity.queen, 1, "queen_lag1"), (.rook, 2, "rook_lag2")])
    func matchesEsda(_ contiguity: GridWeights.Contiguity, _ lag: Int, _ name: String) throws {
        let (cube, f) = try Self.cube()
        #expect((cube.rows, cube.cols, cube.steps) == (6, 7, 12))
        let r = try SpaceTimeGetisOrd.localStar(cube: cube, contiguity: contiguity, timeLag: lag)
        let z = Self.column(f, "z_" + name, cube)
        let p = Self.column(f, "p_" + name, cube)
        #expect(zip(r.z, z).map { abs($0 - $1) }.max()! <= 1e-9)
        #expect(zip(r.p, p).map { abs($0 - $1) }.max()! <= 1e-9)
    }

    @Test func trendsMatchPymannkendall() throws {
        let (cube, _) = try Self.cube()
        let trend = try Fixture("emerging_trend")
        let result = try EmergingHotSpots.analyze(cube, options: .init(contiguity: .queen, timeLag: 1))
        for k in trend["row"].indices {
            let i = Int(trend["row"][k]) * cube.cols + Int(trend["col"][k])
            #expect(abs(result.trendZ[i] - trend["trend_z"][k]) <= 1e-9, "cell \(i)")
            #expect(abs(result.trendP[i] - trend["trend_p"][k]) <= 1e-9, "cell \(i)")
        }
        // The growing bump near (1, 5) intensifies; the fading one near (4, 1) diminishes.
        #expect(result.trendZ[1 * 7 + 5] > 1.96)
        #expect(result.trendZ[4 * 7 + 1] < -1.96)
    }

    @Test func constantCubeHasNoHotSpots() throws {
        let cube = try SpaceTimeCube(rows: 3, cols: 3, steps: 4, counts: Array(repeating: 2, count: 36))
        let r = try SpaceTimeGetisOrd.localStar(cube: cube, timeLag: 1)
        #expect(r.z.allSatisfy { $0 == 0 } && r.p.allSatisfy { $0 == 1 })
    }

    @Test func badCubesAreNamed() throws {
        #expect(
            throws: AnalyticsError(
                "bin (row 0, col 0, t 0) is missing: the 1×1×2 cube needs every cell × every step (1 missing)"
            )
        ) {
            try SpaceTimeCube.records(rows: [0], cols: [0], steps: [1], counts: [3])
        }
        #expect(throws: AnalyticsError("line 3: count nan is not a finite non-negative number")) {
            try SpaceTimeCube.records(
                rows: [0, 0], cols: [0, 1], steps: [0, 0], counts: [1, .nan], describe: { "line \($0 + 2)" })
        }
        #expect(
            throws: AnalyticsError("record 2: bin (row 0, col 0, t 0) is listed twice (first at record 1)")
        ) {
            try SpaceTimeCube.records(rows: [0, 0], cols: [0, 0], steps: [0, 0], counts: [1, 2])
        }
        #expect(throws: AnalyticsError("no bins: the cube is empty")) {
            try SpaceTimeCube.records(rows: [], cols: [], steps: [], counts: [])
        }
        #expect(throws: AnalyticsError.self) {
            try SpaceTimeCube.records(rows: [0.5], cols: [0], steps: [0], counts: [1])
        }
    }
}
