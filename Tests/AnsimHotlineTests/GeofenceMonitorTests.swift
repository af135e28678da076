import AnsimHotline
import AnsimServer
import AnsimStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Fixes through the API to alerts in the database, the notifier's file and the case
/// workers' alert list; recurrence flags after closure.
@Suite struct GeofenceMonitorTests {
    @Test func fixesBecomeRecordedAndDeliveredAlertsForTheRightPeople() async throws {
        let f = try HotlineFixture("hotline_monitor")
        try f.account("lia", .policeLiaison, "police-a")
        try f.account("wk", .hotlineWorker, "city-a")
        try f.account("wk-b", .hotlineWorker, "city-b")
        let id = try f.openCase(tag: "TAG-77")
        let ended = try f.openCase(tag: "TAG-88")
        try f.admin.executeScript(
            """
            INSERT INTO police_org (kind, subtype, name, geom) VALUES
              ('box', '지구대', '시험지구대', ST_SetSRID(ST_MakePoint(955300, 1950000), 5179));
            INSERT INTO hotline_order (case_id, kind, starts_on, ends_on, issued_by)
              VALUES ($1, 'no_approach', '2026-01-01', '2027-12-31', 'court'),
                     ($2, 'no_approach', '2020-01-01', '2020-06-30', 'court');
            INSERT INTO hotline_place (case_id, kind, geom) VALUES
              ($1, 'home', ST_SetSRID(ST_MakePoint(955000, 1950000), 5179)),
              ($2, 'home', ST_SetSRID(ST_MakePoint(955000, 1950000), 5179));
            """.replacingOccurrences(of: "$1", with: String(id)).replacingOccurrences(
                of: "$2", with: String(ended)),
            purpose: "orders and places")
        #expect(try await f.monitor.reload() == 1)  // the ended order is not watched
        try await f.server.application.test(.router) { c in
            let liaison = try await f.login(c, "lia")
            let t0 = f.clock.now()
            func fix(_ tag: String, _ dx: Double, _ s: Double) -> [String: Any] {
                [
                    "tag": tag, "time": ISO8601DateFormatter().string(from: t0.addingTimeInterval(s)),
                    "x": 955_000 + dx, "y": 1_950_000.0,
                ]
            }
            let (status, body) = try await f.send(
                c, .post, "/hotline/fixes", token: liaison,
                [
                    "fixes": [
                        fix("TAG-77", 3_000, 0), fix("TAG-77", 1_500, 60), fix("TAG-77", 60, 120),
                        fix("TAG-88", 10, 120),
                    ]
                ])
            #expect(status == 200)
            #expect(body.contains(#""processed":4"#))
            let worker = try await f.login(c, "wk")
            let list = try await f.send(c, .get, "/hotline/alerts", token: worker)
            #expect(list.1.contains(#""level":"violation""#) && list.1.contains(#""level":"warning""#))
            #expect(list.1.contains("box:시험지구대"))
            let other = try await f.login(c, "wk-b")
            #expect(try await f.send(c, .get, "/hotline/alerts", token: other).1 == #"{"alerts":[]}"#)
        }
        let rows = try f.admin.query("SELECT level, tag FROM hotline_alert ORDER BY id", purpose: "alerts")
        #expect(rows.map { $0[0]! } == ["warning", "violation"])
        let lines = try String(contentsOfFile: f.alertFile, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[1].contains(#""case_no":"HL-"#) && !lines[1].contains("홍길순"))
        #expect(f.context.metrics.exposition().contains(#"ansim_geofence_alerts_total{level="violation"} 1"#))
    }

    @Test func callsNearAProtectedPlaceAfterClosureAreFlaggedAndCountedMonthly() throws {
        let f = try HotlineFixture("hotline_recurrence")
        let id = try f.openCase()
        try f.admin.executeScript(
            """
            INSERT INTO hotline_place (case_id, kind, geom) VALUES ($1, 'home', ST_SetSRID(ST_MakePoint(955000, 1950000), 5179));
            UPDATE hotline_case SET status = 'monitoring', closed_at = '2026-10-01' WHERE id = $1;
            INSERT INTO call_112 (source, source_file, source_key, received_at, code, call_type, synthetic, geom) VALUES
              ('t', 'f', 'before', '2026-09-15', 2, '스토킹', true, ST_SetSRID(ST_MakePoint(955050, 1950000), 5179)),
              ('t', 'f', 'near', '2026-10-20', 2, '스토킹', true, ST_SetSRID(ST_MakePoint(955050, 1950000), 5179)),
              ('t', 'f', 'far', '2026-10-21', 2, '스토킹', true, ST_SetSRID(ST_MakePoint(958000, 1950000), 5179));
            """.replacingOccurrences(of: "$1", with: String(id)), purpose: "a closed case and calls")
        #expect(try HotlineReports.scan(radiusM: 200, on: f.admin) == 1)
        #expect(try HotlineReports.scan(radiusM: 200, on: f.admin) == 0)  // flagged once
        let report = try HotlineReports.recurrence(
            month: String(ISO8601DateFormatter().string(from: Date()).prefix(7)), on: f.admin)
        let a = report.first { $0.org == "city-a" }
        #expect(a?.callsNearPlaces == 1)
        #expect(a?.monitoredCases == 1)
        #expect(a?.casesFlagged == 1)
    }

    @Test func namesAreEncryptedAtRestAndNeverLogged() async throws {
        let log = LogCapture()
        let f = try HotlineFixture("hotline_privacy", logHandler: { label in log.handler(label) })
        try f.account("wk", .hotlineWorker, "city-a")
        try await f.server.application.test(.router) { c in
            let t = try await f.login(c, "wk")
            let (status, body) = try await f.send(
                c, .post, "/hotline/cases", token: t,
                [
                    "city_org_id": f.orgs["city-a"]!, "victim_name": "김비밀", "victim_contact": "010-9999-8888",
                    "victim_address": "서울 비밀로 7", "offender_name": "박가해", "reason": "first call",
                ])
            #expect(status == 201)
            #expect(body.contains("김비밀") && body.contains("서울 비밀로 7"))
            // A database error mid-request is logged without the request's content.
            _ = try await f.send(
                c, .post, "/hotline/cases", token: t, ["city_org_id": 999_999, "victim_name": "김비밀"])
        }
        let dump =
            try f.admin.query(
                "SELECT string_agg(t::text, ' ') FROM hotline_case t", purpose: "everything in the table")[0][
                0] ?? ""
        for secret in ["김비밀", "010-9999-8888", "비밀로", "박가해"] {
            #expect(!dump.contains(secret), "\(secret) stored in clear")
            #expect(!log.text.contains(secret), "\(secret) in the log")
        }
        #expect(log.text.contains("route=/hotline/cases"))
        let reads = try f.admin.query(
            "SELECT count(*) FROM ansim_audit WHERE action LIKE 'read case%' AND actor = 'wk'",
            purpose: "reads")
        #expect(reads[0][0] == "1")
    }
}
