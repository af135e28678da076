import AnsimStore
import AnsimTestSupport
import Foundation

/// A scratch database with a 1 km square 구 (시험구), two police boxes of one station
/// (시험경찰서), and fixed synthetic incidents, 112 calls and CCTV around 2023-W14.
enum ReportFixture {
    static let x0 = 955_000.0
    static let y0 = 1_950_000.0

    static func database(_ prefix: String = "report") throws -> (String, Connection) {
        let (name, c) = try TestDatabase.migratedScratch(prefix)
        let square = "ST_Multi(ST_MakeEnvelope(\(x0), \(y0), \(x0 + 1000), \(y0 + 1000), 5179))"
        try c.executeScript(
            """
            INSERT INTO admin_area (level, code, name, vintage, source, geom) VALUES
              ('sigungu', '99999', '시험구', '2015', 'gu_seoul_juso2015', \(square));
            INSERT INTO police_org (kind, subtype, name, geom) VALUES
              ('station', NULL, '시험경찰서', ST_SetSRID(ST_MakePoint(\(x0 + 500), \(y0 + 100)), 5179)),
              ('box', '지구대', '서쪽지구대', ST_SetSRID(ST_MakePoint(\(x0 + 250), \(y0 + 500)), 5179)),
              ('box', '파출소', '동쪽파출소', ST_SetSRID(ST_MakePoint(\(x0 + 750), \(y0 + 500)), 5179));
            INSERT INTO cctv (source, source_key, camera_count, purpose, geom) VALUES
              ('t', 'near', 3, '방범', ST_SetSRID(ST_MakePoint(\(x0 + 160), \(y0 + 860)), 5179)),
              ('t', 'far', 1, '방범', ST_SetSRID(ST_MakePoint(\(x0 + 950), \(y0 + 50)), 5179));
            INSERT INTO road_section (source, source_file, source_key, layer, geom) VALUES
              ('t', 't', 'r1', 'TL_SPRD_MANAGE', ST_Multi(ST_SetSRID(ST_MakeLine(ST_MakePoint(\(x0), \(y0 + 500)),
                 ST_MakePoint(\(x0 + 1000), \(y0 + 500))), 5179)));
            """, purpose: "report fixture: area")
        var incidents: [String] = []
        func incident(_ key: String, _ x: Double, _ y: Double, _ at: String, _ cls: String) {
            let box = x < x0 + 500 ? "서쪽지구대" : "동쪽파출소"
            incidents.append(
                "('t','f','\(key)','\(at)','\(cls)','시험경찰서','\(box)',true,ST_SetSRID(ST_MakePoint(\(x),\(y)),5179))"
            )
        }
        // 2023-W14 (2023-04-03 … 04-10): 12 절도 in one cell, 3 폭력 spread; one at the first instant.
        for i in 0..<12 {
            incident(
                "c\(i)", x0 + 140 + Double(i % 4) * 5, y0 + 840 + Double(i / 4) * 5, "2023-04-05 21:00+09",
                "절도")
        }
        for i in 0..<3 {
            incident("v\(i)", x0 + 600 + Double(i) * 100, y0 + 200, "2023-04-07 12:00+09", "폭력")
        }
        incident("first", x0 + 300, y0 + 300, "2023-04-03 00:00+09", "절도")
        incident("on-end", x0 + 300, y0 + 300, "2023-04-10 00:00+09", "절도")  // W15
        incident("outside", x0 + 1500, y0 + 500, "2023-04-05 12:00+09", "절도")
        // 2023-W13: 5 절도; 2022-W14 (2022-04-04 … 04-11): 2 강도; March 2023 for training.
        for i in 0..<5 { incident("p\(i)", x0 + 150, y0 + 850, "2023-03-2\(8 + i % 2) 10:00+09", "절도") }
        for i in 0..<2 { incident("y\(i)", x0 + 400, y0 + 600, "2022-04-0\(5 + i) 10:00+09", "강도") }
        for i in 0..<20 {
            incident("m\(i)", x0 + 155 + Double(i % 3) * 3, y0 + 855, "2023-03-\(10 + i / 2) 18:00+09", "절도")
        }
        try c.executeScript(
            "INSERT INTO incident (source, source_file, source_key, occurred_at, crime_class, station, box, synthetic, geom) VALUES "
                + incidents.joined(separator: ","), purpose: "report fixture: incidents")
        var calls: [String] = []
        func call(_ key: String, _ code: Int, _ at: String, _ minutes: Double?) {
            let arrived = minutes.map { "timestamptz '\(at)' + interval '\($0) minutes'" } ?? "NULL"
            let dispatched = minutes.map { _ in "timestamptz '\(at)' + interval '30 seconds'" } ?? "NULL"
            calls.append(
                "('t','f','\(key)','\(at)',\(dispatched),\(arrived),\(code),'폭행','시험경찰서','서쪽지구대',true,"
                    + "ST_SetSRID(ST_MakePoint(\(x0 + 200), \(y0 + 700)),5179))")
        }
        for (i, m) in [3.0, 4, 6, 2.5].enumerated() { call("a\(i)", 0, "2023-04-04 10:0\(i)+09", m) }
        for (i, m) in [10.0, 20, 12].enumerated() { call("b\(i)", 2, "2023-04-06 1\(i):00+09", m) }
        call("n0", 4, "2023-04-08 09:00+09", nil)
        call("prev", 1, "2023-03-30 09:00+09", 4)
        try c.executeScript(
            "INSERT INTO call_112 (source, source_file, source_key, received_at, dispatched_at, arrived_at, code, call_type, "
                + "station, box, synthetic, geom) VALUES " + calls.joined(separator: ","),
            purpose: "report fixture: calls")
        return (name, c)
    }

    /// A fresh folder under the system's temporary folder.
    static func folder(_ name: String) -> String {
        let path = NSTemporaryDirectory() + "ansim-reports-\(name)-\(UInt32.random(in: 0...UInt32.max))"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
