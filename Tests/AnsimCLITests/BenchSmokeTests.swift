import AnsimStore
import AnsimSupport
import AnsimTestSupport
import Foundation
import Testing

/// The benchmarks run end to end on small inputs (their speed is not tested: tests
/// never time things). This checks that each reference tool and Ansim load the same
/// rows, so a benchmark's figures compare like with like.
@Suite struct BenchSmokeTests {
    func run(_ arguments: [String]) throws -> [String: Any] {
        let (database, _) = try TestDatabase.migratedScratch("bench_smoke")
        defer { TestDatabase.dropScratch(database) }
        var env = TestEnvironment.environment()
        env["DATABASE_URL"] = try TestDatabase.url(database: database)
        let result = try TestEnvironment.ansim(arguments + ["--json"], environment: env)
        #expect(result.status == 0, "\(result.error)")
        return try #require(
            try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
    }

    @Test func copyBenchmarkLoadsTheSameRowsBothWays() throws {
        let json = try run(["bench", "copy", "--rows", "20000", "--repeat", "1"])
        #expect(json["rows"] as? Int == 20_000)
        #expect((json["ansim_rows_per_s"] as? Int ?? 0) > 0)
        #expect((json["psql_rows_per_s"] as? Int ?? 0) > 0)
    }

    @Test(.enabled(if: Subprocess.which("ogr2ogr") != nil, "needs ogr2ogr (gdal-bin)"))
    func etlBenchmarkAgreesWithOgr2ogr() throws {
        let json = try run(["bench", "etl", "--rows", "3000"])
        #expect(json["rows"] as? Int == 3_000)
        // Both tools decoded the same CP949 names and put the points in the same place.
        #expect(json["rows_identical"] as? Int == 3_000)
    }
}
