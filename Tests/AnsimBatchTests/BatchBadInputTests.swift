import AnsimSupport
import AnsimTestSupport
import Foundation
import Testing

/// What `ansim batch` refuses: open months, and partitions with a bad row — named by file
/// and row.
@Suite(.serialized) struct BatchBadInputTests {
    @Test func refusesTheCurrentMonth() throws {
        let fixture = try BatchFixture(pointsPerPartition: 3)
        defer { fixture.close() }
        let now = try fixture.connection.query(
            "SELECT to_char(now() AT TIME ZONE 'Asia/Seoul', 'YYYY-MM')", purpose: "current month")[0]
            .decode(String.self, at: 0)
        let r = try fixture.ansim(["batch", "export", "--month", now, "--agency", "seoul", "--out", fixture.dir + "/s"])
        #expect(r.status == 1)
        #expect(r.error.contains("\(now) is not a closed month for agency seoul"), "\(r.error)")
        #expect(!FileManager.default.fileExists(atPath: fixture.dir + "/s/manifest.json"))
        let bad = try fixture.ansim(["batch", "export", "--month", "2025-13", "--out", fixture.dir + "/s"])
        #expect(bad.status == 64)
        let unknown = try fixture.ansim(["batch", "export", "--month", "2025-01", "--agency", "nowhere", "--out", fixture.dir + "/s"])
        #expect(unknown.error.contains("unknown agency \"nowhere\""), "\(unknown.error)")
    }

    /// A point outside the job's grid: the job fails naming the partition file, the row
    /// (0-based, in id order) and the incident id — on Dask as in the plain loop.
    @Test func pointOutsideTheGridNamesFileAndRow() throws {
        let fixture = try BatchFixture(pointsPerPartition: 20)
        defer { fixture.close() }
        let store = fixture.dir + "/store"
        let export = try fixture.ansim(["batch", "export", "--month", "2025-01", "--out", store])
        try #require(export.status == 0, "\(export.error)")
        // A grid that ends 1 km short in x: the east agency's points past it are bad rows.
        let narrow = "\(BatchFixture.bbox.xmin),\(BatchFixture.bbox.ymin),952000.0,\(BatchFixture.bbox.ymax)"
        let firstOutside = try #require(
            fixture.points.filter { $0.agency == "gyeonggi-test" && $0.month == "2025-01" }
                .firstIndex { $0.x >= 952_000 })
        let id = try fixture.connection.query(
            "SELECT id FROM incident WHERE source_key = $1", ["gyeonggi-test-2025-01-\(firstOutside)"],
            purpose: "find the bad row's id")[0].decode(Int.self, at: 0)
        let file = store + "/incident/agency=gyeonggi-test/month=2025-01/part.parquet"
        for mode in [["--single"], ["--workers", "2"]] {
            let r = try fixture.ansim(
                ["batch", "cube", "--store", store, "--bbox", narrow, "--agency", "gyeonggi-test", "--out", fixture.dir + "/c.csv"]
                    + mode)
            #expect(r.status == 1)
            #expect(r.error.contains("\(file): row \(firstOutside) (id \(id)): point ("), "\(r.error)")
            #expect(r.error.contains("is outside the grid"), "\(r.error)")
        }
    }

    /// A partition written by another tool with a row that has no geometry.
    @Test func missingGeometryNamesFileAndRow() throws {
        let dir = try TestEnvironment.temporaryFolder("ansim-batch-bad")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let python = try BatchFixture.batchPython()
        let script = """
            import sys, hashlib, json, os
            sys.path.insert(0, "\(TestEnvironment.repositoryRoot)/scripts/batch")
            import pandas as pd, numpy as np, to_geoparquet as t
            g = t.frame(pd.DataFrame({"id": [7, 8, 9], "synthetic": [True] * 3}),
                        np.array([950050.0, 950150.0, 950250.0]), np.array([1950050.0] * 3))
            g.loc[1, "geometry"] = None
            path = "\(dir)/incident/agency=x/month=2025-01/part.parquet"
            t.write_atomically(g, path)
            sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
            json.dump({"partitions": [{"table": "incident", "agency": "x", "month": "2025-01", "rows": 3,
                       "path": "incident/agency=x/month=2025-01/part.parquet", "sha256": sha}]},
                      open("\(dir)/manifest.json", "w"))
            """
        let made = try Subprocess.run(python, ["-c", script])
        try #require(made.status == 0, "\(made.error)")
        let r = try TestEnvironment.ansim(
            ["batch", "cube", "--store", dir, "--bbox", BatchFixture.bboxText, "--single", "--out", dir + "/c.csv"],
            environment: TestEnvironment.environment())
        #expect(r.status == 1)
        #expect(
            r.error.contains("\(dir)/incident/agency=x/month=2025-01/part.parquet: row 1 (id 8): no geometry"),
            "\(r.error)")
    }
}
