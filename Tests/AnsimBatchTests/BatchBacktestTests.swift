import AnsimSupport
import AnsimTestSupport
import Foundation
import Testing

/// `ansim batch backtest`: the forecast backtest with one Dask task per test period gives,
/// byte for byte, what `ansim backtest` prints in one process — for a CSV dataset, and per
/// agency of a GeoParquet store (checked against a backtest of the agency's rows read
/// straight from PostgreSQL).
@Suite(.serialized) struct BatchBacktestTests {
    static let options = ["--horizon", "7d", "--periods", "3", "--cell", "500"]

    @Test func daskPeriodsMergeIntoTheSingleProcessBacktest() throws {
        let dir = try TestEnvironment.temporaryFolder("ansim-batch-backtest")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // The Knox fixture's 700 events, day numbers as dates of 2023.
        let source = try String(
            contentsOfFile: TestEnvironment.repositoryRoot
                + "/Tests/AnsimAnalyticsTests/Fixtures/knox_events.csv",
            encoding: .utf8)
        let start = Date(timeIntervalSince1970: 1_672_531_200)  // 2023-01-01
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        var csv = "x,y,t\n"
        for line in source.split(whereSeparator: \.isNewline).dropFirst() {
            let f = line.split(separator: ",")
            let day = try #require(Double(f[2]))
            csv += "\(f[0]),\(f[1]),\(formatter.string(from: start.addingTimeInterval(day * 86_400)))\n"
        }
        let path = dir + "/events.csv"
        try csv.write(toFile: path, atomically: true, encoding: .utf8)
        let env = TestEnvironment.environment()
        let options = Self.options + ["--test-start", "2023-11-01"]

        let whole = try TestEnvironment.ansim(["backtest", path] + options, environment: env)
        try #require(whole.status == 0, "\(whole.error)")
        #expect(whole.output.contains("3 test periods of 7d from 2023-11-01"))
        let dask = try TestEnvironment.ansim(
            ["batch", "backtest", path, "--workers", "2"] + options, environment: env)
        try #require(dask.status == 0, "\(dask.error)")
        #expect(dask.output == whole.output)
        #expect(
            dask.error.contains(#""mode": "dask", "workers": 2"#) && dask.error.contains(#""periods": 3"#))
        let single = try TestEnvironment.ansim(
            ["batch", "backtest", path, "--single"] + options, environment: env)
        #expect(single.output == whole.output, "\(single.error)")
        let wholeJSON = try TestEnvironment.ansim(["backtest", path, "--json"] + options, environment: env)
        let daskJSON = try TestEnvironment.ansim(
            ["batch", "backtest", path, "--json", "--workers", "2"] + options, environment: env)
        #expect(daskJSON.status == 0 && daskJSON.output == wholeJSON.output, "\(daskJSON.error)")
        print("ansim batch backtest --workers 2: \(dask.error)", terminator: "")

        // A period that does not exist, and a merge that lacks one, are refused by name.
        let beyond = try TestEnvironment.ansim(
            ["backtest", path, "--only-period", "3"] + options, environment: env)
        #expect(
            beyond.status != 0 && beyond.error.contains("--only-period 3: this backtest has periods 0 … 2"))
        let parts = dir + "/parts"
        try FileManager.default.createDirectory(atPath: parts, withIntermediateDirectories: true)
        let one = try TestEnvironment.ansim(
            ["backtest", path, "--only-period", "1", "--json"] + options, environment: env)
        try one.output.write(toFile: parts + "/p1.json", atomically: true, encoding: .utf8)
        let partial = try TestEnvironment.ansim(
            ["backtest", path, "--merge", parts] + options, environment: env)
        #expect(partial.status != 0 && partial.error.contains("no report of period 2023-11-01, 2023-11-15"))
        try "{\"not\": 1}".write(toFile: parts + "/p2.json", atomically: true, encoding: .utf8)
        let bad = try TestEnvironment.ansim(["backtest", path, "--merge", parts] + options, environment: env)
        #expect(bad.status != 0 && bad.error.contains("p2.json: not a backtest report"))
    }

    @Test func everyAgencyOfAStoreIsBacktestedOnDask() throws {
        let fixture = try BatchFixture()
        defer { fixture.close() }
        let (store, export) = try fixture.exportAll()
        try #require(export.status == 0, "\(export.error)")
        let options = Self.options + ["--test-start", "2025-03-01"]
        let dask = try fixture.ansim(["batch", "backtest", "--store", store, "--workers", "2"] + options)
        try #require(dask.status == 0, "\(dask.error)")
        #expect(
            dask.error.contains(#""datasets": ["gyeonggi-test", "seoul"], "periods": 6"#), "\(dask.error)")
        for agency in BatchFixture.agencies {
            // The agency's incidents straight from PostgreSQL, times in UTC.
            let rows = try fixture.connection.query(
                """
                SELECT ST_X(geom), ST_Y(geom), to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
                FROM incident WHERE agency = $1 ORDER BY id
                """, [agency], purpose: "the agency's incidents")
            let csv = "x,y,t\n" + rows.map { "\($0[0]!),\($0[1]!),\($0[2]!)" }.joined(separator: "\n") + "\n"
            let path = fixture.dir + "/\(agency).csv"
            try csv.write(toFile: path, atomically: true, encoding: .utf8)
            let whole = try fixture.ansim(["backtest", path, "--name", "incident of \(agency)"] + options)
            try #require(whole.status == 0, "\(whole.error)")
            #expect(whole.output.contains("Backtest of incident of \(agency) (all calls, 1500 events)"))
            #expect(dask.output.contains("## \(agency)\n\n" + whole.output), "\(agency)")
        }
    }
}
