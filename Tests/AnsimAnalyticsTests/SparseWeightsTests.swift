import AnsimAnalytics
import AnsimGeo
import Foundation
import Testing

/// Polygon contiguity and distance bands against libpysal 4.14 on the areas of
/// scripts/fixtures/areal.py (a jittered 7 × 6 lattice, corner-only contacts, a
/// MultiPolygon, a ring with the area filling its hole, an island).
@Suite struct SparseWeightsTests {
    @Test(arguments: [GridWeights.Contiguity.queen, .rook])
    func contiguityMatchesLibpysal(_ rule: GridWeights.Contiguity) throws {
        let f = try ArealFixture.shared.get()
        let w = try SparseWeights.contiguity(f.areas, rule: rule, ids: f.ids)
        let expected = rule == .queen ? f.queen : f.rook
        for i in 0..<f.count {
            #expect(w.neighbours(of: i) == expected[i], "\(rule) \(f.ids[i])")
        }
        #expect(w.islands == (rule == .queen ? [48] : [42, 43, 48]))
    }

    @Test func distanceBandMatchesLibpysal() throws {
        let f = try ArealFixture.shared.get()
        let w = try SparseWeights.distanceBand(centroidsOf: f.areas, threshold: 1500, ids: f.ids)
        let onPoints = try SparseWeights.distanceBand(xs: f.cx, ys: f.cy, threshold: 1500)
        for i in 0..<f.count {
            // 46 (a ring) and 47 (its hole's filling) share a centroid: distance 0 is within the
            // band here; libpysal's sparse distance matrix drops the zero (documented).
            let expected = i == 46 ? [47] : i == 47 ? [46] : f.band[i]
            #expect(w.neighbours(of: i) == expected, "band \(f.ids[i])")
            #expect(onPoints.neighbours(of: i) == expected)
        }
        // GEOS centroids are shapely's (both GEOS).
        for (i, area) in f.areas.enumerated() {
            let c = try #require(try area.centroid().point)
            #expect(abs(c.x - f.cx[i]) <= 1e-9 && abs(c.y - f.cy[i]) <= 1e-9)
        }
    }

    @Test func distanceBandIsBruteForce() throws {
        var state: UInt64 = 99
        func uniform() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53)
        }
        let xs = (0..<600).map { _ in (uniform() * 5000).rounded() }  // rounded: exact ties at the band
        let ys = (0..<600).map { _ in (uniform() * 3000).rounded() }
        for threshold in [50.0, 300, 1000, 10_000] {
            let w = try SparseWeights.distanceBand(xs: xs, ys: ys, threshold: threshold)
            for i in xs.indices {
                let brute = xs.indices.filter { j in
                    j != i
                        && (xs[j] - xs[i]) * (xs[j] - xs[i]) + (ys[j] - ys[i]) * (ys[j] - ys[i]) <= threshold
                            * threshold
                }
                #expect(w.neighbours(of: i) == brute)
            }
        }
    }

    @Test func gridSquaresGiveGridWeights() throws {
        for rule in GridWeights.Contiguity.allCases {
            let grid = Grid(xmin: 950_000, ymin: 1_950_000, cell: 250, rows: 9, cols: 11)
            let squares = (0..<grid.count).map { i in
                let (x, y) = grid.center(row: i / grid.cols, col: i % grid.cols)
                return Geometry.rectangle(
                    Envelope(minX: x - 125, minY: y - 125, maxX: x + 125, maxY: y + 125))
            }
            let fromPolygons = try SparseWeights.contiguity(squares, rule: rule)
            #expect(fromPolygons == SparseWeights(GridWeights(grid: grid, contiguity: rule)))
        }
    }

    @Test func snappingTolerance() throws {
        let a = Geometry.rectangle(Envelope(minX: 0, minY: 0, maxX: 100, maxY: 100))
        let gap = Geometry.rectangle(Envelope(minX: 100.4, minY: 0, maxX: 200, maxY: 100))  // 0.4 m sliver
        let corner = Geometry.rectangle(Envelope(minX: 100.3, minY: 100.3, maxX: 200, maxY: 200))
        // 2 m above `a`; 0.3 m from `corner` along 98 m (a sliver).
        let far = Geometry.rectangle(Envelope(minX: 0, minY: 102, maxX: 100, maxY: 200))
        let areas = [a, gap, corner, far]
        for rule in GridWeights.Contiguity.allCases {
            #expect(try SparseWeights.contiguity(areas, rule: rule).islands == [0, 1, 2, 3])
        }
        let queen = try SparseWeights.contiguity(areas, rule: .queen, tolerance: 1)
        #expect(queen.neighbours(of: 0) == [1, 2] && queen.neighbours(of: 3) == [2])
        let rook = try SparseWeights.contiguity(areas, rule: .rook, tolerance: 1)
        // 0 and 2 meet at a corner only, also once snapped: not rook neighbours.
        #expect((0..<4).map { rook.neighbours(of: $0) } == [[1], [0, 2], [1, 3], [2]])
        #expect(try SparseWeights.contiguity(areas, rule: .rook, tolerance: 2.5).neighbours(of: 3) == [0, 2])
    }

    @Test func badGeometriesNameTheObservation() throws {
        let square = try Geometry(wkt: "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))")
        let line = try Geometry(wkt: "LINESTRING (0 0, 5 5)")
        let bowtie = try Geometry(wkt: "POLYGON ((0 0, 2 2, 2 0, 0 2, 0 0))")
        #expect(throws: AnalyticsError("observation 1 (id B) is a LineString, not a Polygon or MultiPolygon"))
        {
            try SparseWeights.contiguity([square, line], ids: ["A", "B"])
        }
        #expect(throws: AnalyticsError("observation 1 is an empty polygon")) {
            try SparseWeights.contiguity([square, try Geometry(wkt: "POLYGON EMPTY")])
        }
        let error = #expect(throws: AnalyticsError.self) { try SparseWeights.contiguity([square, bowtie]) }
        #expect(
            error?.description.hasPrefix("observation 1 is not a valid polygon: Self-intersection") == true)
        #expect(throws: AnalyticsError.self) { try SparseWeights.contiguity([square], tolerance: -1) }
        #expect(throws: AnalyticsError("distance band: observation 1 is at (nan, 0.0), not a finite point")) {
            try SparseWeights.distanceBand(xs: [0, .nan], ys: [0, 0], threshold: 10)
        }
        #expect(throws: AnalyticsError.self) {
            try SparseWeights.distanceBand(xs: [0], ys: [0], threshold: 0)
        }
    }

    @Test func neighbourListsAreChecked() throws {
        let w = try SparseWeights(neighbours: [[2, 1, 1], [0], [0], []])
        #expect(w.offsets == [0, 2, 3, 4, 4] && w.indices == [1, 2, 0, 0] && w.islands == [3])
        #expect(w.hasNeighbour(0, 2) && !w.hasNeighbour(1, 2))
        #expect(
            throws: AnalyticsError("observation 1 lists observation 2 as a neighbour, but not the reverse")
        ) {
            try SparseWeights(neighbours: [[], [2], []])
        }
        #expect(throws: AnalyticsError("observation 0 (id x) is listed as its own neighbour")) {
            try SparseWeights(neighbours: [[0]], ids: ["x"])
        }
        #expect(throws: AnalyticsError("observation 0: neighbour 5 is not an observation (0..<2)")) {
            try SparseWeights(neighbours: [[5], []])
        }
    }
}

/// The areas, values and libpysal/esda results written by scripts/fixtures/areal.py.
struct ArealFixture: Sendable {
    let ids: [String]
    let wkts: [String]
    let values: [Double]
    let queen, rook, band: [[Int]]
    let cx, cy: [Double]
    /// stats[weights][column][i] for weights queen, rook, band and columns z,p,I,z_sim,p_sim,z_sd.
    let stats: [String: [String: [Double]]]

    var count: Int { ids.count }
    var areas: [Geometry] { wkts.map { try! Geometry(wkt: $0) } }

    static let shared = Result { try ArealFixture() }

    init() throws {
        func lines(_ name: String) throws -> [Substring] {
            let url = try #require(
                Bundle.module.url(forResource: name, withExtension: "csv", subdirectory: "Fixtures"))
            return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").dropFirst().map { $0 }
        }
        var (ids, wkts, values) = ([String](), [String](), [Double]())
        for line in try lines("areal_areas") {  // id,"WKT",value
            let open = line.firstIndex(of: "\"")!
            let close = line.lastIndex(of: "\"")!
            ids.append(String(line[..<line.index(before: open)]))
            wkts.append(String(line[line.index(after: open)..<close]))
            values.append(Double(line[line.index(close, offsetBy: 2)...])!)
        }
        (self.ids, self.wkts, self.values) = (ids, wkts, values)
        var lists = [[[Int]]](repeating: [], count: 3)
        var (cx, cy) = ([Double](), [Double]())
        for line in try lines("areal_weights") {  // i,queen,rook,band,cx,cy
            let f = line.split(separator: ",", omittingEmptySubsequences: false)
            for k in 0..<3 { lists[k].append(f[k + 1].split(separator: " ").map { Int($0)! }) }
            cx.append(Double(f[4])!)
            cy.append(Double(f[5])!)
        }
        (queen, rook, band, self.cx, self.cy) = (lists[0], lists[1], lists[2], cx, cy)
        let columns = ["z", "p", "I", "z_sim", "p_sim", "z_sd"]
        var stats: [String: [String: [Double]]] = [:]
        for line in try lines("areal_stats") {  // i,weights,z,p,I,z_sim,p_sim,z_sd
            let f = line.split(separator: ",")
            for (k, column) in columns.enumerated() {
                stats[String(f[1]), default: [:]][column, default: []].append(Double(f[k + 2])!)
            }
        }
        self.stats = stats
    }
}
