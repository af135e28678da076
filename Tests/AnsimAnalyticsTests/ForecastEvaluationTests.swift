import AnsimAnalytics
import Foundation
import Testing

@Suite struct ForecastEvaluationTests {
    /// 4 rows × 5 cols of 100 m from (0, 0); index = row·5 + col, row 0 southernmost.
    let grid = Grid(xmin: 0, ymin: 0, cell: 100, rows: 4, cols: 5)
    let scores: [Double] = [
        0.1, 0.9, 0.2, 0.0, 0.0,  // row 0
        0.5, 0.9, 0.3, 0.0, 0.0,  // row 1
        0.0, 0.4, 0.8, 0.0, 0.0,  // row 2
        0.0, 0.0, 0.0, 0.0, 0.7,  // row 3
    ]
    /// Events: 2 in (0,1), 3 in (1,0), 1 each in (2,2), (3,4), (0,3), and 2 outside the grid
    /// (x = −10, and x = 500 = xmax, which belongs to no cell). N = 10.
    let xs: [Double] = [150, 160, 50, 55, 60, 250, 450, 350, -10, 500]
    let ys: [Double] = [50, 20, 150, 160, 170, 250, 350, 50, 50, 10]

    /// coverage 0.2 → k = ⌊0.2·20⌋ = 4 cells: 0.9 at (0,1) and 0.9 at (1,1) (tie: row 0
    /// first), 0.8 at (2,2), 0.7 at (3,4). They hold 2 + 0 + 1 + 1 = 4 events: hit rate
    /// 4/10 = 0.4; PAI = 0.4/(4/20) = 2. The best 4 cells hold 3 + 2 + 1 + 1 = 7:
    /// PAI* = 0.7/0.2 = 3.5 and PEI = 2/3.5 = 4/7.
    @Test func handCheckedFourByFive() throws {
        let r = try ForecastEvaluation.evaluate(
            scores: scores, grid: grid, actualXs: xs, actualYs: ys, coverage: 0.2)
        #expect(r.cellsFlagged == 4 && r.crimesCaptured == 4 && r.totalCrimes == 10)
        #expect(abs(r.hitRate - 0.4) < 1e-15)
        #expect(abs(r.pai - 2) < 1e-14)
        #expect(abs(r.pei - 4.0 / 7.0) < 1e-15)
        // k = 2: (0,1), (1,1) hold 2: hit 0.2, PAI 0.2/0.1 = 2; best two hold 3 + 2: PEI 2/5.
        let two = try ForecastEvaluation.evaluate(
            scores: scores, grid: grid, actualXs: xs, actualYs: ys, coverage: 0.1)
        #expect(two.cellsFlagged == 2 && two.crimesCaptured == 2)
        #expect(abs(two.hitRate - 0.2) < 1e-15 && abs(two.pai - 2) < 1e-14 && abs(two.pei - 0.4) < 1e-15)
        // k = 1: the tie at 0.9 goes to row 0, col 1 (2 events): hit 0.2, PAI 0.2/0.05 = 4,
        // best cell holds 3: PEI 2/3. Had (1,1) won, nothing would be captured.
        let one = try ForecastEvaluation.evaluate(
            scores: scores, grid: grid, actualXs: xs, actualYs: ys, coverage: 0.05)
        #expect(one.cellsFlagged == 1 && one.crimesCaptured == 2)
        #expect(abs(one.pai - 4) < 1e-14 && abs(one.pei - 2.0 / 3.0) < 1e-15)
        // Everything flagged: the 8 events inside are captured, PAI = hit rate, PEI = 1.
        let all = try ForecastEvaluation.evaluate(
            scores: scores, grid: grid, actualXs: xs, actualYs: ys, coverage: 1)
        #expect(
            all.cellsFlagged == 20 && all.crimesCaptured == 8 && all.hitRate == 0.8 && all.pai == 0.8
                && all.pei == 1)
    }

    /// Equal scores: the lower row wins, then the lower col (row-major index order).
    @Test func tiesBreakByRowThenCol() throws {
        let flat = [Double](repeating: 1, count: 20)
        // One event in each of (0,2) and (1,0); k = 3 flags (0,0), (0,1), (0,2).
        let r = try ForecastEvaluation.evaluate(
            scores: flat, grid: grid, actualXs: [250, 50], actualYs: [50, 150], coverage: 0.15)
        #expect(r.cellsFlagged == 3 && r.crimesCaptured == 1)
        // (3,0) and (0,4) tie above the rest: row 0 wins over the lower col.
        var s = [Double](repeating: 0, count: 20)
        s[15] = 5
        s[4] = 5
        let t = try ForecastEvaluation.evaluate(
            scores: s, grid: grid, actualXs: [450], actualYs: [50], coverage: 0.05)
        #expect(t.crimesCaptured == 1 && t.pei == 1)
    }

    /// k = ⌊coverage × cells + 10⁻⁹⌋, at least 1, at most all cells.
    @Test func coverageRounding() throws {
        #expect(ForecastEvaluation.flaggedCount(coverage: 0.29, cells: 100) == 29)  // 0.29·100 = 28.999…
        #expect(ForecastEvaluation.flaggedCount(coverage: 0.01, cells: 1_000_000) == 10_000)
        #expect(ForecastEvaluation.flaggedCount(coverage: 0.019, cells: 100) == 1)
        #expect(ForecastEvaluation.flaggedCount(coverage: 0.001, cells: 20) == 1)
        #expect(ForecastEvaluation.flaggedCount(coverage: 0.999, cells: 20) == 19)
        #expect(ForecastEvaluation.flaggedCount(coverage: 1, cells: 20) == 20)
        let r = try ForecastEvaluation.evaluate(
            scores: scores, grid: grid, actualXs: xs, actualYs: ys, coverage: 0.001)
        #expect(r.cellsFlagged == 1)
        for bad in [0, -0.1, 1.01, Double.nan] {
            #expect(throws: AnalyticsError.self) {
                try ForecastEvaluation.evaluate(
                    scores: scores, grid: grid, actualXs: xs, actualYs: ys, coverage: bad)
            }
        }
    }

    @Test func noEventsAndEventsOutside() throws {
        let none = try ForecastEvaluation.evaluate(
            scores: scores, grid: grid, actualXs: [], actualYs: [], coverage: 0.2)
        #expect(
            none
                == EvaluationResult(
                    hitRate: 0, pai: 0, pei: 0, cellsFlagged: 4, crimesCaptured: 0, totalCrimes: 0))
        let outside = try ForecastEvaluation.evaluate(
            scores: scores, grid: grid, actualXs: [-1, 700, 10], actualYs: [10, 10, 400], coverage: 0.2)
        #expect(
            outside
                == EvaluationResult(
                    hitRate: 0, pai: 0, pei: 0, cellsFlagged: 4, crimesCaptured: 0, totalCrimes: 3))
    }

    /// Scores equal to the events' own counts: PEI = 1 at every coverage.
    @Test func perfectForecastHasPEIOne() throws {
        var random = KDETests.Random(seed: 5)
        let g = Grid(xmin: 0, ymin: 0, cell: 10, rows: 30, cols: 40)
        let xs = (0..<500).map { _ in 400 * random.unit() * random.unit() }
        let ys = (0..<500).map { _ in 300 * random.unit() }
        let counts = g.counts(xs: xs, ys: ys).counts
        for coverage in [0.01, 0.05, 0.2, 0.5, 1] {
            let r = try ForecastEvaluation.evaluate(
                scores: counts, grid: g, actualXs: xs, actualYs: ys, coverage: coverage)
            #expect(r.pei == 1)
            #expect(abs(r.pai - r.hitRate * 1200 / Double(r.cellsFlagged)) < 1e-12)
        }
    }

    /// Against a plain sort of (score descending, index ascending) on grids with many ties
    /// (scores rounded to a few values) and events inside and outside, at several coverages.
    @Test func matchesSortingOnRandomGrids() throws {
        var random = KDETests.Random(seed: 77)
        for trial in 0..<20 {
            let g = Grid(xmin: -100, ymin: 50, cell: 25, rows: 7 + trial, cols: 13)
            let levels = Double(1 + trial % 6)
            let scores = (0..<g.count).map { _ in (levels * random.unit()).rounded(.down) }
            let n = 40 * trial
            let xs = (0..<n).map { _ in -150 + 425 * random.unit() }
            let ys = (0..<n).map { _ in 0 + (Double(g.rows) * 25 + 100) * random.unit() }
            let counts = g.counts(xs: xs, ys: ys).counts
            for coverage in [0.01, 0.1, 0.33, 0.5, 1] {
                let k = ForecastEvaluation.flaggedCount(coverage: coverage, cells: g.count)
                let order = scores.indices.sorted {
                    scores[$0] > scores[$1] || (scores[$0] == scores[$1] && $0 < $1)
                }
                let captured = order.prefix(k).reduce(0.0) { $0 + counts[$1] }
                let best = counts.sorted(by: >).prefix(k).reduce(0, +)
                let r = try ForecastEvaluation.evaluate(
                    scores: scores, grid: g, actualXs: xs, actualYs: ys, coverage: coverage)
                #expect(r.cellsFlagged == k && r.crimesCaptured == Int(captured) && r.totalCrimes == n)
                #expect(r.pei == (best > 0 ? captured / best : 0))
            }
        }
    }

    @Test func rejectsBadInput() {
        #expect(throws: AnalyticsError.self) {
            try ForecastEvaluation.evaluate(
                scores: [1, 2], grid: grid, actualXs: [], actualYs: [], coverage: 0.1)
        }
        var s = scores
        s[7] = .nan
        #expect(throws: AnalyticsError("evaluation: cell (row 1, col 2) has score nan, not a finite number"))
        {
            try ForecastEvaluation.evaluate(scores: s, grid: grid, actualXs: [], actualYs: [], coverage: 0.1)
        }
        #expect(throws: AnalyticsError.self) {
            try ForecastEvaluation.evaluate(
                scores: scores, grid: grid, actualXs: [1, .nan], actualYs: [1, 1], coverage: 0.1)
        }
        #expect(throws: AnalyticsError.self) {
            try ForecastEvaluation.evaluate(
                scores: scores, grid: grid, actualXs: [1], actualYs: [], coverage: 0.1)
        }
    }

    @Test func jsonKeys() throws {
        let r = EvaluationResult(
            hitRate: 0.5, pai: 2, pei: 0.75, cellsFlagged: 3, crimesCaptured: 4, totalCrimes: 8)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let text = String(decoding: try encoder.encode(r), as: UTF8.self)
        #expect(
            text
                == #"{"cells_flagged":3,"crimes_captured":4,"hit_rate":0.5,"pai":2,"pei":0.75,"total_crimes":8}"#
        )
        #expect(try JSONDecoder().decode(EvaluationResult.self, from: Data(text.utf8)) == r)
    }
}
