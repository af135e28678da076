import AnsimAnalytics
import AnsimGeo
import Foundation
import Testing

/// Gi* and Local Moran's I on areas against esda 2.9 `G_Local(y, w, transform="B",
/// star=True)` and `Moran_Local(y, w, transformation="r", permutations=9999)` with libpysal
/// Queen, Rook and DistanceBand(1500 m, binary) weights (scripts/fixtures/areal.py).
///
/// Tolerances: Gi* z and p, Moran I: 1e-9. p_sim: ``LocalMoranTests/expectWithinMonteCarlo``
/// (|Δp| ≤ 5σ + 1/1000 with σ = √(p̃(1 − p̃)(1/999 + 1/9999)), p̃ = max(p, 5/999); at most
/// 2 + n/100 observations beyond 3σ + 1/1000): the values are continuous, so esda's p_sim
/// has no ties to correct. z_sim: |Δz| ≤ 8σ_z + 0.01 with σ_z = `z_sd`·√1.1, the spread of a
/// 999-permutation z_sim (bootstrap), and at most 2 observations beyond 4σ_z. Islands: Ansim
/// gives I = 0, zSim = 0, pSim = 1 where esda gives Is = 0, z_sim NaN, p_sim 1/(R + 1).
@Suite struct ArealStatisticsTests {
    static let kinds = ["queen", "rook", "band"]

    /// The weights under test: ours from the polygons for queen and rook; for the band,
    /// libpysal's own lists (ours differ only at the coincident centroids of 46 and 47, see
    /// SparseWeightsTests.distanceBandMatchesLibpysal).
    static func weights(_ kind: String, _ f: ArealFixture) throws -> SparseWeights {
        switch kind {
        case "queen": try SparseWeights.contiguity(f.areas, rule: .queen, ids: f.ids)
        case "rook": try SparseWeights.contiguity(f.areas, rule: .rook, ids: f.ids)
        default: try SparseWeights(neighbours: f.band, ids: f.ids)
        }
    }

    @Test(arguments: kinds)
    func giStarMatchesEsda(_ kind: String) throws {
        let f = try ArealFixture.shared.get()
        let result = try GetisOrd.localStar(values: f.values, weights: Self.weights(kind, f))
        let esda = f.stats[kind]!
        #expect(zip(result.z, esda["z"]!).map { abs($0 - $1) }.max()! <= 1e-9)
        #expect(zip(result.p, esda["p"]!).map { abs($0 - $1) }.max()! <= 1e-9)
    }

    @Test(arguments: kinds)
    func localMoranMatchesEsda(_ kind: String) throws {
        let f = try ArealFixture.shared.get()
        let w = try Self.weights(kind, f)
        let result = try LocalMoran.compute(values: f.values, weights: w, permutations: 999, seed: 7)
        let esda = f.stats[kind]!
        #expect(zip(result.moranI, esda["I"]!).map { abs($0 - $1) }.max()! <= 1e-9)
        let islands = Set(w.islands)
        #expect(!islands.isEmpty)
        for i in islands {
            #expect(result.moranI[i] == 0 && result.zSim[i] == 0 && result.pSim[i] == 1)
            #expect(esda["z_sim"]![i].isNaN && esda["p_sim"]![i] == 1.0 / 10_000)
        }
        let others = (0..<f.count).filter { !islands.contains($0) }
        LocalMoranTests.expectWithinMonteCarlo(
            others.map { result.pSim[$0] }, others.map { esda["p_sim"]![$0] })
        var beyond4 = 0
        for i in others {
            let sigma = esda["z_sd"]![i] * 1.1.squareRoot()
            let delta = abs(result.zSim[i] - esda["z_sim"]![i])
            #expect(
                delta <= 8 * sigma + 0.01,
                "\(kind) \(f.ids[i]): z_sim \(result.zSim[i]), esda \(esda["z_sim"]![i])")
            beyond4 += delta > 4 * sigma ? 1 : 0
        }
        #expect(beyond4 <= 2)
    }

    @Test func sparseGridIsTheGridPath() throws {
        // The same matrix as explicit lists gives the same numbers, bit for bit.
        for name in ["clustered", "irregular"] {
            let (rows, cols, values) = try Fixture("gistar_\(name)").grid()
            for rule in GridWeights.Contiguity.allCases {
                let grid = GridWeights(rows: rows, cols: cols, contiguity: rule)
                let sparse = SparseWeights(grid)
                #expect(
                    try GetisOrd.localStar(values: values, weights: sparse)
                        == GetisOrd.localStar(values: values, weights: grid))
                let a = try LocalMoran.compute(values: values, weights: sparse, permutations: 199, seed: 5)
                let b = try LocalMoran.compute(values: values, weights: grid, permutations: 199, seed: 5)
                #expect(a == b)
            }
        }
    }

    @Test func cellSquaresThroughGEOSGiveTheGridResults() throws {
        let (rows, cols, values) = try Fixture("gistar_clustered").grid()
        let grid = Grid(xmin: 953_000, ymin: 1_951_000, cell: 100, rows: rows, cols: cols)
        let squares = (0..<grid.count).map { i in
            let (x, y) = grid.center(row: i / cols, col: i % cols)
            return Geometry.rectangle(Envelope(minX: x - 50, minY: y - 50, maxX: x + 50, maxY: y + 50))
        }
        let queen = try SparseWeights.contiguity(squares, rule: .queen)
        #expect(
            try GetisOrd.localStar(values: values, weights: queen)
                == GetisOrd.localStar(values: values, grid: grid))
        #expect(
            try LocalMoran.compute(values: values, weights: queen, permutations: 99, seed: 1)
                == LocalMoran.compute(values: values, grid: grid, permutations: 99, seed: 1))
    }

    @Test func deepNeighbourhoods() throws {
        // A band wider than the data: every observation sees every other (k = n − 1): the
        // deep-draw path; all draws tie, so zSim = 0 and pSim = 1, as on a 2 × 2 grid.
        let xs = (0..<80).map { Double($0 % 10) * 10 }
        let ys = (0..<80).map { Double($0 / 10) * 10 }
        let w = try SparseWeights.distanceBand(xs: xs, ys: ys, threshold: 1000)
        let values = (0..<80).map { Double(($0 * 37) % 11) }
        let r = try LocalMoran.compute(values: values, weights: w, permutations: 99, seed: 2)
        #expect(r.pSim.allSatisfy { $0 == 1 } && r.zSim.allSatisfy { $0 == 0 })
        // 400 points, a band of 45 m: up to 62 neighbours, no longer all — p-values spread.
        let (px, py) = ((0..<400).map { Double($0 % 20) * 10 }, (0..<400).map { Double($0 / 20) * 10 })
        let mid = try SparseWeights.distanceBand(xs: px, ys: py, threshold: 45)
        #expect(mid.cardinalities().max()! > 48)
        let trend = (0..<400).map { Double($0 % 20 + ($0 * 37) % 11) }
        let m = try LocalMoran.compute(values: trend, weights: mid, permutations: 99, seed: 2)
        #expect(Set(m.pSim).count > 5 && m.pSim.count { $0 <= 0.05 } > 40)
    }

    @Test func badInputNamesTheObservation() throws {
        let f = try ArealFixture.shared.get()
        let w = try SparseWeights.contiguity(f.areas, ids: f.ids)
        var values = f.values
        values[3] = .nan
        #expect(throws: AnalyticsError("Gi*: observation 3 (id A03) is nan, not a finite number")) {
            try GetisOrd.localStar(values: values, weights: w)
        }
        #expect(throws: AnalyticsError("Local Moran: observation 3 (id A03) is nan, not a finite number")) {
            try LocalMoran.compute(values: values, weights: w, seed: 1)
        }
        #expect(throws: AnalyticsError("Gi*: 48 values for 49 observations")) {
            try GetisOrd.localStar(values: Array(f.values.dropLast()), weights: w)
        }
        #expect(throws: AnalyticsError("Local Moran: 50 values for 49 observations")) {
            try LocalMoran.compute(values: f.values + [1], weights: w, seed: 1)
        }
        values[3] = -1
        #expect(
            throws: AnalyticsError(
                "Gi*: observation 3 (id A03) is -1.0; Gi* needs non-negative values (counts, rates)")
        ) {
            try GetisOrd.localStar(values: values, weights: w)
        }
    }
}
