import AnsimAnalytics
import AnsimAnalyticsStore
import AnsimGeo
import AnsimStore
import AnsimTestSupport
import Foundation
import Testing

/// `ansim hotspots` end to end on a scratch database: a 1 km square 구 at a 100 m grid, a
/// planted cluster, and events outside the window or the area that must not count.
@Suite(.serialized)
struct HotspotJobTests {
    static let x0 = 955_000.0
    static let y0 = 1_950_000.0

    /// A scratch database with the test 구, two police boxes and the events.
    static func database() throws -> (String, Connection) {
        let (name, c) = try TestDatabase.migratedScratch("hotspot")
        let square = "ST_Multi(ST_MakeEnvelope(\(x0), \(y0), \(x0 + 1000), \(y0 + 1000), 5179))"
        try c.executeScript(
            """
            INSERT INTO admin_area (level, code, name, vintage, source, geom) VALUES
              ('sigungu', '99999', '시험구', '2015', 'gu_seoul_juso2015', \(square)),
              ('hangjeongdong', '9999951000', '시험1동', '2021-04', 'admdong_seoul_2021',
               ST_Multi(ST_MakeEnvelope(\(x0), \(y0), \(x0 + 500), \(y0 + 1000), 5179)));
            INSERT INTO police_org (kind, subtype, name, geom) VALUES
              ('box', '지구대', '서쪽지구대', ST_SetSRID(ST_MakePoint(\(x0 + 250), \(y0 + 500)), 5179)),
              ('box', '파출소', '동쪽파출소', ST_SetSRID(ST_MakePoint(\(x0 + 750), \(y0 + 500)), 5179));
            """, purpose: "test area")
        var rows: [String] = []
        func add(_ key: String, _ x: Double, _ y: Double, _ day: String, _ cls: String = "절도") {
            rows.append(
                "('t','f','\(key)','\(day) 12:00+09','\(cls)',true,ST_SetSRID(ST_MakePoint(\(x),\(y)),5179))")
        }
        // 30 events in cell (row 8, col 1); 40 spread one per cell over rows 0–3, 10 폭력 ones.
        for i in 0..<30 {
            add("c\(i)", x0 + 150 + Double(i % 5) * 10, y0 + 850 + Double(i / 5) * 5, "2023-03-01")
        }
        for i in 0..<40 {
            add(
                "s\(i)", x0 + 50 + Double(i % 10) * 100, y0 + 50 + Double(i / 10) * 100, "2023-06-15",
                i < 10 ? "폭력" : "절도")
        }
        add("before", x0 + 155, y0 + 855, "2022-12-31")
        add("on-to", x0 + 155, y0 + 855, "2024-01-01")
        add("outside", x0 + 1500, y0 + 500, "2023-03-01")
        try c.executeScript(
            "INSERT INTO incident (source, source_file, source_key, occurred_at, crime_class, synthetic, geom) VALUES "
                + rows.joined(separator: ","), purpose: "test events")
        return (name, c)
    }

    static func request(_ method: HotspotRequest.Method, area: String = "시험구") -> HotspotRequest {
        var r = HotspotRequest(area: area, method: method)
        (r.from, r.to, r.cell, r.permutations, r.seed) = ("2023-01-01", "2024-01-01", 100, 999, 7)
        return r
    }

    @Test func giStarFindsThePlantedClusterAndRecordsTheRun() throws {
        let (name, c) = try Self.database()
        defer { TestDatabase.dropScratch(name) }
        let result = try HotspotJob.run(Self.request(.gistar), on: c)
        #expect(result.cells.count == 100)
        #expect(result.events == 70)  // not the 2022, 2024-01-01 or outside events
        #expect(result.synthetic)
        let cluster = try #require(result.cells.firstIndex(of: result.grid.index(row: 8, col: 1)))
        #expect(result.counts[cluster] == 30)
        #expect(result.classes[cluster] == "hot-99")
        let run = try c.query(
            "SELECT method, area_name, input_rows, grid_rows, grid_cols, synthetic_input, "
                + "(SELECT count(*) FROM analytics_cell WHERE run_id = r.id), "
                + "(SELECT sum(count) FROM analytics_cell WHERE run_id = r.id), "
                + "(SELECT min(ST_Area(geom)) FROM analytics_cell WHERE run_id = r.id), "
                + "(SELECT class FROM analytics_cell WHERE run_id = r.id AND row = 8 AND col = 1) "
                + "FROM analytics_run r WHERE id = $1", [result.runID], purpose: "test")
        #expect(run[0][0] == "gistar")
        #expect(run[0][1] == "시험구")
        #expect(run[0][2] == "70")
        #expect(run[0][3] == "10" && run[0][4] == "10")
        #expect(run[0][5] == "t")
        #expect(run[0][6] == "100")
        #expect(run[0][7] == "70")
        #expect(run[0][8] == "10000")
        #expect(run[0][9] == "hot-99")
    }

    @Test func kdeAndMoranClassifyTheCluster() throws {
        let (name, c) = try Self.database()
        defer { TestDatabase.dropScratch(name) }
        let kde = try HotspotJob.run(Self.request(.kde), on: c)
        let k = try #require(kde.cells.firstIndex(of: kde.grid.index(row: 8, col: 1)))
        #expect(kde.classes[k] == "top-1")
        // The 70 kernels (300 m quartic) lie inside or near the square: the density integrates to
        // the events times the share of each kernel inside it, here between 40 and 70.
        let mass = kde.values.reduce(0, +) * 100 * 100
        #expect(mass > 40 && mass < 70)
        let moran = try HotspotJob.run(Self.request(.moran), on: c)
        let m = try #require(moran.cells.firstIndex(of: moran.grid.index(row: 8, col: 1)))
        // 30 events among empty neighbours: a high outlier (HL), I < 0.
        #expect(moran.values[m] < 0)
        #expect(moran.p![m] <= 0.05)
        #expect(moran.classes[m] == "HL")
    }

    @Test func geoJSONCarriesTheRunAndWGS84Cells() throws {
        let (name, c) = try Self.database()
        defer { TestDatabase.dropScratch(name) }
        var r = Self.request(.gistar)
        r.classes = ["폭력"]
        let result = try HotspotJob.run(r, on: c)
        #expect(result.events == 10)
        let json = try JSONSerialization.jsonObject(with: Data(try result.geoJSON().utf8)) as! [String: Any]
        let meta = json["ansim_run"] as! [String: Any]
        #expect(meta["run_id"] as? Int == result.runID)
        #expect(meta["synthetic_input"] as? Bool == true)
        let features = json["features"] as! [[String: Any]]
        #expect(features.count == 100)
        let ring = ((features[0]["geometry"] as! [String: Any])["coordinates"] as! [[[Double]]])[0]
        #expect(ring.count == 5 && ring[0] == ring[4])
        #expect(ring[0][0] > 124 && ring[0][0] < 132 && ring[0][1] > 33 && ring[0][1] < 39)
    }

    @Test func areasResolveByNameCodeAndNearestBox() throws {
        let (name, c) = try Self.database()
        defer { TestDatabase.dropScratch(name) }
        #expect(try AnalysisArea.resolve("99999", agency: "seoul", on: c).name == "시험구")
        let dong = try AnalysisArea.resolve("시험1동", agency: "seoul", on: c)
        #expect(dong.name == "시험구 시험1동" && dong.level == .hangjeongdong)
        let box = try AnalysisArea.resolve("서쪽", agency: "seoul", on: c)
        #expect(box.level == .box && box.name == "서쪽지구대" && box.note != nil)
        // The two boxes split the square down the middle.
        let area = try c.query("SELECT ST_Area($1::geometry)", [box.geometry.hexEWKB], purpose: "test")
        #expect(abs(Double(area[0][0]!)! - 500_000) < 1)
        let result = try HotspotJob.run(Self.request(.gistar, area: "서쪽지구대"), on: c)
        #expect(result.cells.count == 50)
    }

    @Test func badRequestsNameTheProblem() throws {
        let (name, c) = try Self.database()
        defer { TestDatabase.dropScratch(name) }
        func message(_ r: HotspotRequest) -> String {
            do {
                _ = try HotspotJob.run(r, on: c)
                return ""
            } catch { return "\(error)" }
        }
        #expect(message(Self.request(.kde, area: "없는구")).contains("no sigungu, hangjeongdong, box"))
        var r = Self.request(.kde)
        r.from = "2023-13-01"
        #expect(message(r).contains("--from 2023-13-01: not a date"))
        r.from = "2024-02-01"
        #expect(message(r).contains("is not before --to"))
        r = Self.request(.kde)
        r.cell = 5000
        #expect(message(r).contains("no cell centre"))
        #expect(try c.query("SELECT count(*) FROM analytics_run", purpose: "test")[0][0] == "0")
    }

    @Test func forecastRunIsRecordedForTheArea() throws {
        let (name, c) = try Self.database()
        defer { TestDatabase.dropScratch(name) }
        var r = ForecastRequest(area: "시험구", method: .kde)
        (r.to, r.lookback, r.horizon) = ("2024-01-01", 365, 7)
        let result = try ForecastJob.run(r, on: c)
        #expect(result.info.kind == "forecast")
        #expect(result.cells.count == 100)
        #expect(result.events == 70)
        #expect(result.values.allSatisfy { $0.isFinite && $0 >= 0 })
        // The densest training cell is the riskiest.
        let cluster = try #require(result.cells.firstIndex(of: result.grid.index(row: 8, col: 1)))
        #expect(result.classes[cluster] == "top-1")
        let run = try c.query(
            "SELECT kind, method, parameters->>'horizon_days', (SELECT count(*) FROM analytics_cell WHERE run_id = r.id) "
                + "FROM analytics_run r WHERE id = $1", [result.runID], purpose: "test")
        #expect(run[0][0] == "forecast" && run[0][1] == "kde" && run[0][2] == "7" && run[0][3] == "100")
        r.to = "2022-06-01"
        #expect(throws: (any Error).self) { try ForecastJob.run(r, on: c) }
    }
}
