import AnsimAnalyticsStore
import AnsimReports
import AnsimStore
import AnsimTestSupport
import Foundation
import Testing

/// Report figures against SQL written independently on the fixed fixture, an empty
/// period, and the police-station area.
@Suite(.serialized)
struct ReportFiguresTests {
    static func request(_ area: String, _ period: String, out: String) throws -> ReportRequest {
        var r = ReportRequest(area: area, period: try ReportPeriod(period, kind: .weekly), outDir: out)
        r.pdf = false
        return r
    }

    @Test func figuresEqualDirectSQL() throws {
        let (name, c) = try ReportFixture.database()
        defer { TestDatabase.dropScratch(name) }
        let out = ReportFixture.folder("figures")
        let request = try Self.request("시험구", "2023-W14", out: out)
        let id = try ReportHistory.begin(request, on: c)
        let output = try ReportBuilder.build(request, reportRunID: id, on: c)
        let f = output.figures
        // Crimes by class: the period, the previous week and 2022-W14, counted by plain SQL.
        let area = "(SELECT geom FROM admin_area WHERE code = '99999')"
        func count(_ table: String, _ time: String, _ key: String, _ a: String, _ b: String) throws
            -> [String: Int]
        {
            let rows = try c.query(
                "SELECT \(key)::text, count(*) FROM \(table) WHERE ST_Within(geom, \(area)) "
                    + "AND \(time) >= '\(a) 00:00+09' AND \(time) < '\(b) 00:00+09' GROUP BY 1",
                purpose: "test")
            return Dictionary(uniqueKeysWithValues: try rows.map { ($0[0]!, try $0.decode(Int.self, at: 1)) })
        }
        let now = try count("incident", "occurred_at", "crime_class", "2023-04-03", "2023-04-10")
        let before = try count("incident", "occurred_at", "crime_class", "2023-03-27", "2023-04-03")
        let lastYear = try count("incident", "occurred_at", "crime_class", "2022-04-04", "2022-04-11")
        #expect(now == ["절도": 13, "폭력": 3])
        for row in f.crimes.rows {
            #expect(row.current == now[row.key] ?? 0, "\(row.key)")
            #expect(row.previous == before[row.key] ?? 0, "\(row.key)")
            #expect(row.lastYear == lastYear[row.key] ?? 0, "\(row.key)")
        }
        #expect(f.crimes.total.current == 16 && f.crimes.total.previous == 5 && f.crimes.total.lastYear == 2)
        #expect(abs(f.crimes.total.changeVsPrevious! - 220) < 1e-9)
        let calls = try count("call_112", "received_at", "code", "2023-04-03", "2023-04-10")
        #expect(f.calls.rows.map(\.current) == (0...4).map { calls[String($0)] ?? 0 })
        #expect(f.calls.rows[1].previous == 1)
        // Response times: percentile_cont in SQL against the Swift figures.
        let sql = try c.query(
            """
            SELECT code, percentile_cont(0.5) WITHIN GROUP (ORDER BY m), percentile_cont(0.9) WITHIN GROUP (ORDER BY m),
              avg((m <= CASE code WHEN 0 THEN 5 WHEN 1 THEN 5 WHEN 2 THEN 15 END)::int)
            FROM (SELECT code, extract(epoch FROM arrived_at - received_at) / 60 AS m FROM call_112
                  WHERE arrived_at IS NOT NULL AND received_at >= '2023-04-03 00:00+09' AND received_at < '2023-04-10 00:00+09') s
            GROUP BY code ORDER BY code
            """, purpose: "test")
        for row in sql {
            let code = try row.decode(Int.self, at: 0)
            let r = f.response[code]
            #expect(abs(r.medianMinutes! - Double(row[1]!)!) < 1e-9)
            #expect(abs(r.p90Minutes! - Double(row[2]!)!) < 1e-9)
            #expect(abs(r.withinTarget! - Double(row[3]!)!) < 1e-9)
        }
        #expect(f.response[0].arrived == 4 && f.response[0].withinTarget == 0.75)
        #expect(f.response[4].calls == 1 && f.response[4].arrived == 0 && f.response[4].medianMinutes == nil)
        // The hotspot run: recorded, cited, and its hot cells' CCTV coverage by plain SQL.
        let h = try #require(f.hotspot)
        #expect(h.from == "2023-03-13" && h.to == "2023-04-10" && h.method == "gistar")
        let hot = try c.query(
            "SELECT count(*), count(*) FILTER (WHERE EXISTS (SELECT 1 FROM cctv v WHERE ST_DWithin(v.geom, a.geom, 50))) "
                + "FROM analytics_cell a WHERE run_id = $1 AND class LIKE 'hot-%'", [h.runID], purpose: "test"
        )[0]
        #expect(f.cctv.hotCells == Int(hot[0]!)! && f.cctv.coveredCells == Int(hot[1]!)!)
        #expect(f.cctv.hotCells > 0 && f.cctv.coveredCells >= 1)
        let fc = try #require(f.forecast)
        #expect(fc.kind == "forecast" && fc.to == "2023-04-10")
        #expect(f.synthetic)
        #expect(!f.patrol.available && f.hotline.opened == 0)
        #expect(f.daily.days.count == 7 && f.daily.incidents.reduce(0, +) == 16)
        // Every figure names its source; the JSON and HTML say so too.
        let json = try String(contentsOfFile: output.json, encoding: .utf8)
        #expect(json.contains("\"synthetic\" : true") && json.contains("\"run_id\" : \(h.runID)"))
        let html = try String(contentsOfFile: output.html, encoding: .utf8)
        #expect(html.contains("합성 데이터 (SYNTHETIC)") && html.contains("analytics_run \(h.runID)"))
        #expect(html.contains("report_run \(id)"))
        // CPTED dark spots of the forecast's cells in the area, darkest first, with reasons.
        let d = try #require(f.cpted)
        let inArea = try c.query(
            "SELECT count(*) FROM analytics_cell WHERE run_id = $1 AND ST_Intersects(ST_Centroid(geom), \(area))",
            [fc.runID], purpose: "test")[0].decode(Int.self, at: 0)
        #expect(d.runID == fc.runID && d.cells == inArea && d.cells > 0 && d.spots.count == min(10, inArea))
        #expect(zip(d.spots, d.spots.dropFirst()).allSatisfy { $0.score >= $1.score })
        #expect(d.spots.map(\.rank) == Array(1...d.spots.count))
        // No security lights or safe houses in the fixture; both boxes lie within 1 km of every cell.
        for s in d.spots {
            #expect(s.reasons.contains("no security light"))
            #expect(s.reasons.contains("no safe house or parcel box within 300 m"))
            #expect(!s.reasons.contains { $0.hasPrefix("police box") })
        }
        #expect(d.spots[0].reasons.contains("no camera within 50 m") && d.spots[0].riskPercentile > 0.5)
        #expect(html.contains("8. CPTED 취약 지점 (dark spots)") && html.contains("9. 스토킹 핫라인"))
        #expect(html.contains("예측(analytics_run \(fc.runID))의 셀 \(d.cells)개"))
        #expect(html.contains("no camera within 50 m; no security light"))
        #expect(json.contains("\"cpted\""))
        let svg = try String(contentsOfFile: output.map, encoding: .utf8)
        #expect(svg.contains("class=\"hot-99\"") && svg.contains("서쪽지구대") && svg.contains("layer-roads"))
        // A second report reuses the runs with identical parameters.
        let again = try ReportBuilder.build(request, reportRunID: id, on: c)
        #expect(again.figures.hotspot?.runID == h.runID && again.figures.hotspot?.reused == true)
        #expect(again.figures.forecast?.runID == fc.runID)
    }

    @Test func emptyPeriodRendersZeros() throws {
        let (name, c) = try ReportFixture.database("report_empty")
        defer { TestDatabase.dropScratch(name) }
        let request = try Self.request("시험구", "2019-W10", out: ReportFixture.folder("empty"))
        let output = try ReportBuilder.build(request, reportRunID: 0, on: c)
        let f = output.figures
        #expect(f.crimes.total.current == 0 && f.crimes.total.previous == 0 && f.calls.total.current == 0)
        #expect(f.crimes.rows.count == 5 && f.crimes.rows.allSatisfy { $0.changeVsPrevious == nil })
        #expect(f.response.allSatisfy { $0.calls == 0 && $0.medianMinutes == nil })
        #expect(f.forecast == nil && f.cctv.hotCells == 0 && f.cctv.coveredShare == nil)
        #expect(f.daily.incidents == [0, 0, 0, 0, 0, 0, 0])
        #expect(!f.synthetic)
        #expect(
            FileManager.default.fileExists(atPath: output.html)
                && FileManager.default.fileExists(atPath: output.mapPage))
    }

    @Test func policeStationAreaIsTheUnionOfItsBoxes() throws {
        let (name, c) = try ReportFixture.database("report_station")
        defer { TestDatabase.dropScratch(name) }
        let area = try AnalysisArea.resolve("시험경찰서", agency: "seoul", on: c)
        #expect(area.level == .station && area.name == "시험경찰서")
        let km2 = try c.query("SELECT ST_Area($1::geometry) / 1e6", [area.geometry], purpose: "test")[0][0]!
        #expect(abs(Double(km2)! - 1.0) < 1e-9)
        #expect(area.note?.contains("2 boxes") == true)
        #expect(try AnalysisArea.resolve("시험", level: .station, agency: "seoul", on: c).name == "시험경찰서")
    }
}
