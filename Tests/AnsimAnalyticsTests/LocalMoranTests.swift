import AnsimAnalytics
import Foundation
import Testing

/// Local Moran's I against PySAL esda 2.9 `Moran_Local(y, lat2W(rows, cols, rook=False),
/// transformation="r", permutations=9999)` on the fixtures of scripts/fixtures/gistar_moran.py.
///
/// Monte-Carlo tolerance for p_sim: Ansim's (R = 999) and the reference (esda's own 9,999
/// draws with ties counted exactly, `p_ref`; on the tie-free `rates` grid also esda's raw
/// p_sim) estimate the same tail probability p, so Δp has standard deviation
/// σ = √(p̃(1 − p̃)(1/999 + 1/9999)), p̃ = max(p, 5/999) (binomial counts near 0 are skewed).
/// Every cell: |Δp| ≤ 5σ + 1/1000 (6·10⁻⁷ per cell for a normal error); at most 2 + n/100
/// cells beyond 3σ + 1/1000 (0.27 % expected; cells that share draws err together).
///
/// z_sim: σ_z = `z_sd`·√1.1, `z_sd` the bootstrap standard deviation of a 999-permutation
/// z_sim. Heavy-tailed cells (near the outliers of `irregular`) have skewed z_sim, so: every
/// cell |Δz| ≤ 12σ_z + 0.01, at most 1 + n/50 cells beyond 5σ_z, median |Δz|/σ_z ≤ 1.5.
///
/// Calibration (seeds 1–30, 1–200 for `irregular`): no cell beyond 5σ in p, at most 8 of
/// 900 beyond 3σ; z at most 9.8σ_z, 12 of 900 beyond 5σ_z, median ≤ 1.21.
@Suite struct LocalMoranTests {
    static let seed: UInt64 = 7

    @Test(arguments: GetisOrdTests.fixtures)
    func matchesEsda(_ name: String) throws {
        let fixture = try Fixture("moran_\(name)")
        let (rows, cols, values) = try fixture.grid()
        let result = try LocalMoran.compute(
            values: values, grid: Grid(xmin: 0, ymin: 0, cell: 100, rows: rows, cols: cols),
            permutations: 999, seed: Self.seed)
        #expect(zip(result.moranI, fixture["I"]).map { abs($0 - $1) }.max()! <= 1e-9)
        Self.expectWithinMonteCarlo(result.pSim, fixture["p_ref"])
        if name == "rates" {  // continuous values, no ties: esda's own p_sim is the reference
            Self.expectWithinMonteCarlo(result.pSim, fixture["p_sim"])
        }
        var ratios: [Double] = []
        for (i, (z, esda)) in zip(result.zSim, fixture["z_sim"]).enumerated() {
            if esda.isNaN {  // zᵢ = 0: every simulated I is 0
                #expect(z == 0 && result.pSim[i] == 1 && result.moranI[i] == 0)
                continue
            }
            let sigma = fixture["z_sd"][i] * 1.1.squareRoot()
            #expect(abs(z - esda) <= 12 * sigma + 0.01, "cell \(i): z_sim \(z), esda \(esda)")
            ratios.append(abs(z - esda) / (sigma + 0.001))
        }
        #expect(ratios.count { $0 > 5 } <= 1 + values.count / 50)
        #expect(ratios.sorted()[ratios.count / 2] <= 1.5)
    }

    static func expectWithinMonteCarlo(_ p: [Double], _ reference: [Double]) {
        var beyond3 = 0
        for (i, (a, b)) in zip(p, reference).enumerated() {
            let q = max(b, 5.0 / 999)
            let sigma = (q * (1 - q) * (1.0 / 999 + 1.0 / 9999)).squareRoot()
            #expect(abs(a - b) <= 5 * sigma + 0.001, "cell \(i): p_sim \(a), reference \(b)")
            beyond3 += abs(a - b) > 3 * sigma + 0.001 ? 1 : 0
        }
        #expect(beyond3 <= 2 + p.count / 100, "\(beyond3) of \(p.count) cells beyond 3σ")
    }

    @Test func tiesFixtureHasCellsAtTheMean() throws {
        // y = 1 = ȳ: I = 0 and every simulated I is 0 — esda: z_sim NaN, p_sim 1/(R + 1).
        let fixture = try Fixture("moran_ties")
        let atMean = fixture["count"].indices.filter { fixture["count"][$0] == 1 }
        #expect(atMean.count > 50)
        #expect(atMean.allSatisfy { fixture["p_sim"][$0] == 1.0 / 10000 && fixture["p_ref"][$0] == 1 })
    }

    @Test func deterministicForASeed() throws {
        let (rows, cols, values) = try Fixture("moran_clustered").grid()
        let w = GridWeights(rows: rows, cols: cols)
        let a = try LocalMoran.compute(values: values, weights: w, permutations: 199, seed: 1)
        let b = try LocalMoran.compute(values: values, weights: w, permutations: 199, seed: 1)
        let c = try LocalMoran.compute(values: values, weights: w, permutations: 199, seed: 2)
        #expect(a == b)
        #expect(a.moranI == c.moranI)
        #expect(a.pSim != c.pSim && a.zSim != c.zSim)
        #expect(zip(a.pSim, c.pSim).filter { $0 != $1 }.count > values.count / 2)
    }

    @Test func constantAndDegenerateGrids() throws {
        // esda: I NaN, z_sim NaN, p_sim 1/(R + 1) on a constant grid; raises on 1 × 1.
        for (rows, cols, value) in [(3, 4, 0.0), (5, 5, 2.0), (1, 1, 7.0)] {
            let n = rows * cols
            let r = try LocalMoran.compute(
                values: Array(repeating: value, count: n), weights: GridWeights(rows: rows, cols: cols),
                permutations: 99, seed: 3)
            #expect(r.moranI == Array(repeating: 0, count: n))
            #expect(r.zSim == Array(repeating: 0, count: n))
            #expect(r.pSim == Array(repeating: 1, count: n))
        }
        // 2 × 2: each cell's neighbours are all the others, so every draw ties: p = 1, z = 0.
        let four = try LocalMoran.compute(
            values: [0, 1, 5, 2], weights: GridWeights(rows: 2, cols: 2), seed: 3)
        #expect(four.pSim == [1, 1, 1, 1] && four.zSim == [0, 0, 0, 0])
        #expect(abs(four.moranI[0] - -0.2857142857142857) < 1e-12)
    }

    @Test func quadrantsAndLag() throws {
        // esda's Is and q (PySAL numbering 1 HH, 2 LH, 3 LL, 4 HL) for a 3 × 3 grid.
        let values: [Double] = [9, 8, 0, 7, 0, 0, 0, 0, 9]
        let r = try LocalMoran.compute(
            values: values, weights: GridWeights(rows: 3, cols: 3), permutations: 9, seed: 0)
        #expect(r.quadrant == [1, 4, 3, 4, 2, 3, 3, 3, 4])
        let esda = [
            0.3694083694083695, -0.10505050505050498, 0.19047619047619033, -0.04617604617604609,
            -0.08730158730158741, 0.05079365079365073, 0.2539682539682538, 0.08888888888888882,
            -1.0158730158730158,
        ]
        #expect(zip(r.moranI, esda).allSatisfy { abs($0 - $1) <= 1e-12 })
        #expect(r.lag[8] < 0)
    }

    @Test func rejectsBadInput() {
        let w = GridWeights(rows: 2, cols: 2)
        #expect(throws: AnalyticsError("Local Moran: cell (row 0, col 1) is nan, not a finite number")) {
            try LocalMoran.compute(values: [0, .nan, 1, 2], weights: w, seed: 1)
        }
        #expect(throws: AnalyticsError.self) {
            try LocalMoran.compute(values: [0, 1, 2, 3], weights: w, permutations: 0, seed: 1)
        }
        #expect(throws: AnalyticsError.self) {
            try LocalMoran.compute(values: [0, 1, 2], weights: w, seed: 1)
        }
    }
}

/// Contiguity on the grid (libpysal `lat2W` semantics) and assembling a grid from records.
@Suite struct GridWeightsTests {
    @Test func neighboursAreLat2W() {
        for (rows, cols) in [(1, 1), (1, 5), (5, 1), (2, 2), (3, 4), (6, 5)] {
            for contiguity in GridWeights.Contiguity.allCases {
                let w = GridWeights(rows: rows, cols: cols, contiguity: contiguity)
                for i in 0..<w.count {
                    let (r, c) = (i / cols, i % cols)
                    let expected = (0..<w.count).filter { j in
                        let (dr, dc) = (abs(j / cols - r), abs(j % cols - c))
                        return j != i && dr <= 1 && dc <= 1 && (contiguity == .queen || dr + dc == 1)
                    }
                    #expect(w.neighbours(of: i) == expected, "\(rows)×\(cols) \(contiguity) cell \(i)")
                    #expect(w.cardinality(i) == expected.count)
                }
            }
        }
        #expect(GridWeights(rows: 3, cols: 3).neighbours(of: 4) == [0, 1, 2, 3, 5, 6, 7, 8])
    }

    @Test func neighbourSums() {
        let w = GridWeights(rows: 3, cols: 4)
        let x = (0..<12).map { Double($0 * $0) }
        let sums = w.neighbourSums(x)
        let withSelf = w.neighbourSums(x, includingSelf: true)
        for i in 0..<12 {
            #expect(sums[i] == w.neighbours(of: i).map { x[$0] }.reduce(0, +))
            #expect(withSelf[i] == sums[i] + x[i])
        }
    }

    @Test func cellsInAnyOrder() throws {
        let order = [5, 0, 3, 1, 4, 2]
        let g = try GridWeights.cells(
            rows: order.map { Double($0 / 3) }, cols: order.map { Double($0 % 3) },
            values: order.map { Double($0) * 10 })
        #expect(g.rows == 2 && g.cols == 3 && g.values == [0, 10, 20, 30, 40, 50])
    }

    @Test func cellsErrorsNameTheProblem() {
        let line = { (k: Int) in "cells.csv: line \(k + 2)" }
        #expect(
            throws: AnalyticsError(
                "cell (row 1, col 0) is missing: the 2×2 grid spanned by the listed rows and cols needs every cell (1 missing)"
            )
        ) {
            try GridWeights.cells(rows: [0, 0, 1], cols: [0, 1, 1], values: [1, 2, 3], describe: line)
        }
        #expect(
            throws: AnalyticsError(
                "cells.csv: line 4: cell (row 0, col 1) is listed twice (first at cells.csv: line 3)")
        ) {
            try GridWeights.cells(rows: [0, 0, 0], cols: [0, 1, 1], values: [1, 2, 3], describe: line)
        }
        #expect(throws: AnalyticsError("cells.csv: line 3: col 1.5 is not a non-negative integer")) {
            try GridWeights.cells(rows: [0, 0], cols: [0, 1.5], values: [1, 2], describe: line)
        }
        #expect(throws: AnalyticsError("record 1: row -1.0 is not a non-negative integer")) {
            try GridWeights.cells(rows: [-1], cols: [0], values: [1])
        }
        #expect(throws: AnalyticsError("record 2: value nan is not a finite number")) {
            try GridWeights.cells(rows: [0, 0], cols: [0, 1], values: [1, .nan])
        }
        #expect(throws: AnalyticsError.self) {
            try GridWeights.cells(rows: [0, 1e6], cols: [0, 1e6], values: [1, 2])
        }
    }
}
