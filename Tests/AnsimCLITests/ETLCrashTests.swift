import AnsimStore
import AnsimSupport
import AnsimTestSupport
import Foundation
import Testing

/// `kill -9` in the middle of a load, then the same load again: the killed run is
/// marked aborted and left nothing behind; the rerun gives exact counts and no
/// duplicate rows.
@Suite struct ETLCrashTests {
    @Test func killedLoadThenRerunGivesExactCounts() throws {
        let (database, db) = try TestDatabase.migratedScratch("etl_kill")
        defer { TestDatabase.dropScratch(database) }
        let dir = try TestEnvironment.temporaryFolder("ansim-kill")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let rows = 300_000
        var text = "관리기관명,소재지도로명주소,소재지지번주소,설치목적구분,카메라대수,카메라화소수,촬영방면정보,보관일수,설치년월,관리기관전화번호,위도,경도,데이터기준일자\n"
        text.reserveCapacity(rows * 130)
        for i in 0..<rows {
            let lat = 37.45 + Double(i % 1000) * 0.0002, lon = 126.9 + Double(i / 1000) * 0.0008
            text +=
                "서울특별시 강남구청,테헤란로 \(i),역삼동 \(i),방범,\(1 + i % 3),200,360도,30,2015-03,02-3423-0000,\(lat),\(lon),2019-03-12\n"
        }
        let path = dir + "/gangnam_cctv_big.csv"
        try text.write(toFile: path, atomically: true, encoding: .utf8)

        var env = TestEnvironment.environment()
        env["DATABASE_URL"] = try TestDatabase.url(database: database)
        env["ANSIM_SOURCES_DIR"] = TestEnvironment.repositoryRoot + "/data/sources"
        let victim = try Subprocess.Spawned(
            TestEnvironment.ansimBinary, ["etl", "load", path, "--kind", "cctv"], environment: env,
            inheritEnvironment: false)
        // Wait until the load has started streaming rows, then kill it without warning.
        var started = false
        for _ in 0..<600 {
            let running = try db.query(
                """
                SELECT count(*) FROM pg_stat_activity
                WHERE datname = $1 AND query LIKE 'COPY ansim_stage%' AND state = 'active'
                """, [database], purpose: "watch the load")[0].decode(Int.self, at: 0)
            if running > 0 {
                started = true
                break
            }
            usleep(20_000)
        }
        #expect(started, "the load never reached its COPY")
        usleep(300_000)
        kill(victim.pid, SIGKILL)
        let killed = victim.wait()
        #expect(killed.status == 128 + SIGKILL)
        // Its server session ends with it; wait for that.
        for _ in 0..<200 {
            let sessions = try db.query(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
                [database],
                purpose: "wait for the killed session")[0].decode(Int.self, at: 0)
            if sessions == 0 { break }
            usleep(50_000)
        }
        #expect(try db.query("SELECT count(*) FROM cctv", purpose: "count")[0].decode(Int.self, at: 0) == 0)
        #expect(try db.query("SELECT status FROM etl_run", purpose: "status")[0][0] == "running")

        let rerun = try TestEnvironment.ansim(
            ["etl", "load", path, "--kind", "cctv", "--json"], environment: env)
        #expect(rerun.status == 0, "\(rerun.error)")
        let report = try JSONSerialization.jsonObject(with: Data(rerun.output.utf8)) as? [String: Any]
        #expect(report?["rows_read"] as? Int == rows)
        #expect(report?["rows_loaded"] as? Int == rows)
        #expect(report?["rows_quarantined"] as? Int == 0)
        #expect(report?["rows_duplicate"] as? Int == 0)
        let counts = try db.query(
            "SELECT count(*), count(DISTINCT source_key) FROM cctv", purpose: "count")[0]
        #expect(try counts.decode(Int.self, at: 0) == rows)
        #expect(try counts.decode(Int.self, at: 1) == rows)
        let statuses = try db.query("SELECT status FROM etl_run ORDER BY id", purpose: "statuses").map {
            $0[0] ?? ""
        }
        #expect(statuses == ["aborted", "succeeded"])
    }
}
