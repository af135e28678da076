import AnsimAnalytics
import AnsimAnalyticsStore
import AnsimStore
import AnsimTestSupport
import Foundation
import Testing

/// `ansim hotspots --method emerging` on a scratch database: a 1 km square 구 at a 100 m grid
/// (10 × 10 cells, all inside), 20 weekly steps from Monday 2023-01-02, a background of single
/// events, one cell hot every week and one hot only in the last three weeks. The recorded run
/// must agree with the file-in core (`ansim analyze emerging`) on the cube built by hand.
@Suite(.serialized)
struct EmergingJobTests {
    static let x0 = 955_000.0
    static let y0 = 1_950_000.0
    static let steps = 20

    /// The database and the expected cube as CSV records (row, col, t, count).
    static func database() throws -> (String, Connection, [[Double]]) {
        let (name, c) = try TestDatabase.migratedScratch("emerging")
        let square = "ST_Multi(ST_MakeEnvelope(\(x0), \(y0), \(x0 + 1000), \(y0 + 1000), 5179))"
        try c.executeScript(
            """
            INSERT INTO admin_area (level, code, name, vintage, source, geom) VALUES
              ('sigungu', '99999', '시험구', '2015', 'gu_seoul_juso2015', \(square));
            """, purpose: "test area")
        var counts = [[[Double]]](
            repeating: [[Double]](repeating: [Double](repeating: 0, count: steps), count: 10), count: 10)
        var rows: [String] = []
        func add(_ row: Int, _ col: Int, _ time: String, step: Int?) {
            let (x, y) = (x0 + 50 + Double(col) * 100, y0 + 50 + Double(row) * 100)
            rows.append(
                "('t','f','e\(rows.count)','\(time)','절도',true,ST_SetSRID(ST_MakePoint(\(x),\(y)),5179))")
            if let step { counts[row][col][step] += 1 }
        }
        func day(_ t: Int, _ offset: Int) -> String {
            let d = Calendar(identifier: .gregorian).date(
                byAdding: .day, value: 7 * t + offset,
                to: DateComponents(calendar: .init(identifier: .gregorian), year: 2023, month: 1, day: 2).date!)!
            let f = DateFormatter()
            f.dateFormat = "yyyy-MM-dd"
            f.timeZone = TimeZone(identifier: "UTC")
            f.calendar = Calendar(identifier: .gregorian)
            return f.string(from: d)
        }
        for t in 0..<steps {
            for r in 0..<10 {
                for col in 0..<10 where (r * 7 + col * 3 + t * 5) % 11 == 0 {
                    add(r, col, "\(day(t, 2)) 12:00+09", step: t)
                }
            }
            for _ in 0..<5 { add(2, 2, "\(day(t, 3)) 12:00+09", step: t) }  // hot throughout
            if t >= steps - 3 {
                for _ in 0..<8 { add(7, 7, "\(day(t, 4)) 12:00+09", step: t) }  // hot at the end only
            }
        }
        // Step boundaries are Seoul midnights: 00:30 on Monday 9 January is step 1.
        add(5, 0, "2023-01-08 23:30+09", step: 0)
        add(5, 0, "2023-01-09 00:30+09", step: 1)
        add(7, 7, "2023-01-01 23:59+09", step: nil)  // before the window
        add(7, 7, "2023-05-23 12:00+09", step: nil)  // in the 3 days after the last whole step
        try c.executeScript(
            "INSERT INTO incident (source, source_file, source_key, occurred_at, crime_class, synthetic, geom) VALUES "
                + rows.joined(separator: ","), purpose: "test events")
        var records: [[Double]] = []
        for r in 0..<10 {
            for col in 0..<10 {
                for t in 0..<steps { records.append([Double(r), Double(col), Double(t), counts[r][col][t]]) }
            }
        }
        return (name, c, records)
    }

    static func request() -> HotspotRequest {
        var r = HotspotRequest(area: "시험구", method: .emerging)
        (r.from, r.to, r.cell, r.stepDays, r.timeLag) = ("2023-01-02", "2023-05-25", 100, 7, 1)
        return r
    }

    @Test func recordedCategoriesMatchTheFileInCore() throws {
        let (name, c, records) = try Self.database()
        defer { TestDatabase.dropScratch(name) }
        let result = try HotspotJob.run(Self.request(), on: c)
        #expect(result.to == "2023-05-22")
        #expect(result.emerging?.steps == 20 && result.emerging?.droppedDays == 3)
        let total = records.reduce(0) { $0 + $1[3] }
        #expect(Double(result.events) == total)
        // The core on the same cube, as `ansim analyze emerging --cube` reads it.
        let cube = try SpaceTimeCube.records(
            rows: records.map { $0[0] }, cols: records.map { $0[1] }, steps: records.map { $0[2] },
            counts: records.map { $0[3] })
        let expected = try EmergingHotSpots.analyze(cube, options: .init(contiguity: .queen, timeLag: 1))
        let cells = try c.query(
            """
            SELECT row, col, class, value, z, p, count FROM analytics_cell WHERE run_id = $1 ORDER BY row, col
            """, [result.runID], purpose: "test")
        #expect(cells.count == 100)
        for cell in cells {
            let (r, col) = (Int(cell[0]!)!, Int(cell[1]!)!)
            let i = r * 10 + col
            #expect(cell[2] == expected.categories[i].rawValue, "row \(r), col \(col)")
            #expect(abs(Double(cell[4]!)! - expected.trendZ[i]) < 1e-9)
            #expect(abs(Double(cell[5]!)! - expected.trendP[i]) < 1e-9)
            #expect(abs(Double(cell[3]!)! - expected.bins.z[(Self.steps - 1) * 100 + i]) < 1e-9)
            #expect(Double(cell[6]!)! == cube.series(location: i).reduce(0, +))
        }
        let persistent = expected.categories[2 * 10 + 2]
        #expect(persistent == .persistentHotSpot || persistent == .intensifyingHotSpot)
        let emerging = expected.categories[7 * 10 + 7]
        #expect(emerging == .newHotSpot || emerging == .consecutiveHotSpot)
        let run = try c.query(
            """
            SELECT method, parameters->>'step_days', parameters->>'time_lag', parameters->>'fdr',
                   summary->>'steps', summary->'classes'->>$2,
                   to_char(input_to AT TIME ZONE 'Asia/Seoul', 'YYYY-MM-DD')
            FROM analytics_run WHERE id = $1
            """, [result.runID, persistent.rawValue], purpose: "test")
        #expect(run[0][0] == "emerging" && run[0][1] == "7" && run[0][2] == "1" && run[0][3] == "false")
        #expect(run[0][4] == "20" && Int(run[0][5]!)! >= 1 && run[0][6] == "2023-05-22")
        let json = try JSONSerialization.jsonObject(with: Data(try result.geoJSON().utf8)) as! [String: Any]
        let features = json["features"] as! [[String: Any]]
        #expect(features.count == 100)
        #expect(features.contains { ($0["properties"] as! [String: Any])["class"] as? String == emerging.rawValue })
        #expect((json["ansim_run"] as! [String: Any])["steps"] as? Int == 20)
    }

    @Test func fdrAndShortWindows() throws {
        let (name, c, records) = try Self.database()
        defer { TestDatabase.dropScratch(name) }
        var r = Self.request()
        r.fdr = true
        let result = try HotspotJob.run(r, on: c)
        let cube = try SpaceTimeCube.records(
            rows: records.map { $0[0] }, cols: records.map { $0[1] }, steps: records.map { $0[2] },
            counts: records.map { $0[3] })
        let expected = try EmergingHotSpots.analyze(cube, options: .init(timeLag: 1, fdr: true))
        #expect(result.classes == result.cells.map { expected.categories[$0].rawValue })
        r.to = "2023-01-15"  // 13 days: one whole week
        #expect(throws: (any Error).self) { try HotspotJob.run(r, on: c) }
    }
}
