import AnsimAnalytics
import Foundation
import Testing

/// Gi* against PySAL esda 2.9 `G_Local(y, lat2W(rows, cols, rook=False), transform="B",
/// star=True)` on the fixtures of scripts/fixtures/gistar_moran.py.
@Suite struct GetisOrdTests {
    static let fixtures = ["clustered", "ties", "irregular", "rates", "strip"]

    @Test(arguments: fixtures)
    func matchesEsda(_ name: String) throws {
        let fixture = try Fixture("gistar_\(name)")
        let (rows, cols, values) = try fixture.grid()
        let result = try GetisOrd.localStar(
            values: values, grid: Grid(xmin: 0, ymin: 0, cell: 100, rows: rows, cols: cols))
        let z = fixture["z"]
        let p = fixture["p"]
        #expect(result.z.count == z.count)
        #expect(zip(result.z, z).map { abs($0 - $1) }.max()! <= 1e-9)
        #expect(zip(result.p, p).map { abs($0 - $1) }.max()! <= 1e-9)
    }

    @Test func constantGridsHaveNoHotspots() throws {
        // esda: NaN z and p (0/0). Ansim: z = 0, p = 0.5 = 1 − Φ(0).
        for value in [0.0, 3.0] {
            let r = try GetisOrd.localStar(
                values: Array(repeating: value, count: 12), weights: GridWeights(rows: 3, cols: 4))
            #expect(r.z == Array(repeating: 0, count: 12))
            #expect(r.p == Array(repeating: 0.5, count: 12))
        }
    }

    @Test func degenerateShapes() throws {
        // A single cell (esda raises) and a 2 × 2 grid, where every neighbourhood is the whole
        // grid (esda: NaN): z = 0, p = 0.5.
        let one = try GetisOrd.localStar(values: [5], weights: GridWeights(rows: 1, cols: 1))
        #expect(one == GetisOrd.Result(z: [0], p: [0.5]))
        let four = try GetisOrd.localStar(values: [0, 1, 5, 2], weights: GridWeights(rows: 2, cols: 2))
        #expect(four.z == [0, 0, 0, 0])
        // In a 3 × 3 grid only the centre sees everything; esda's Zs, NaN at the centre.
        let nine = try GetisOrd.localStar(
            values: [0, 1, 5, 2, 0, 3, 1, 1, 4], weights: GridWeights(rows: 3, cols: 3))
        let esdaNine = [
            -1.7325662221934586, -0.13363062095621173, 0.549350265573536, -2.538981798168032, 0,
            1.0690449676496976, -1.3522468075656264, -0.13363062095621173, 0.16903085094570344,
        ]
        #expect(zip(nine.z, esdaNine).allSatisfy { abs($0 - $1) <= 1e-12 })
        #expect(nine.p[4] == 0.5)
        // A 1 × N strip: neighbours left and right only; esda's Zs for 1 × 6.
        let strip = try GetisOrd.localStar(
            values: [0, 1, 5, 2, 0, 3], weights: GridWeights(rows: 1, cols: 6))
        let esdaStrip = [
            -1.189928234617459, 0.21035158095583542, 1.051757904779178, 0.6310547428675067,
            -0.21035158095583567, -0.2974820586543648,
        ]
        #expect(zip(strip.z, esdaStrip).allSatisfy { abs($0 - $1) <= 1e-12 })
    }

    @Test func rejectsBadValues() {
        let w = GridWeights(rows: 2, cols: 3)
        #expect(throws: AnalyticsError("Gi*: cell (row 1, col 1) is nan, not a finite number")) {
            try GetisOrd.localStar(values: [0, 1, 2, 3, .nan, 5], weights: w)
        }
        #expect(throws: AnalyticsError.self) {
            try GetisOrd.localStar(values: [0, 1, 2, 3, .infinity, 5], weights: w)
        }
        #expect(throws: AnalyticsError("Gi*: 5 values for a 2×3 grid of 6 cells")) {
            try GetisOrd.localStar(values: [0, 1, 2, 3, 4], weights: w)
        }
        #expect(throws: AnalyticsError.self) {
            try GetisOrd.localStar(values: [0, 1, -2, 3, 4, 5], weights: w)
        }
    }
}

/// Reads a fixture CSV (header, numbers; "nan" allowed) from the test bundle.
struct Fixture {
    let columns: [String: [Double]]

    init(_ name: String) throws {
        let url = try #require(
            Bundle.module.url(forResource: name, withExtension: "csv", subdirectory: "Fixtures"))
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        let header = lines[0].split(separator: ",").map(String.init)
        var columns = [[Double]](repeating: [], count: header.count)
        for line in lines.dropFirst() {
            for (k, field) in line.split(separator: ",").enumerated() { columns[k].append(Double(field)!) }
        }
        self.columns = Dictionary(uniqueKeysWithValues: zip(header, columns))
    }

    subscript(name: String) -> [Double] { columns[name]! }

    /// The grid listed by the row, col and count columns, arranged by ``GridWeights/cells``.
    func grid() throws -> (rows: Int, cols: Int, values: [Double]) {
        try GridWeights.cells(rows: self["row"], cols: self["col"], values: self["count"])
    }
}
