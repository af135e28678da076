import AnsimSupport
import AnsimTestSupport
import Foundation
import Testing

/// `ansim batch export` then `ansim batch cube` end to end on seeded synthetic incidents:
/// three closed months × two agencies exported to GeoParquet, the Gi* cube computed on a
/// two-worker Dask LocalCluster, and the merged result compared with the single-process run
/// and with the Swift core computed in process.
@Suite(.serialized) struct BatchCubeTests {
    /// One cube file: (month, row, col) → (count, z, p), and whether every row says synthetic.
    struct Cube {
        var cells: [String: (count: Double, z: Double, p: Double)] = [:]
        var allSynthetic = true

        init(_ path: String) throws {
            let lines = try String(contentsOfFile: path, encoding: .utf8).split(whereSeparator: \.isNewline)
            #expect(lines.first == "month,row,col,count,z,p,synthetic")
            for line in lines.dropFirst() {
                let f = line.split(separator: ",").map(String.init)
                guard f.count == 7, let count = Double(f[3]), let z = Double(f[4]), let p = Double(f[5])
                else {
                    throw AnsimError("\(path): bad line \(line)")
                }
                cells["\(f[0]) \(f[1]) \(f[2])"] = (count, z, p)
                allSynthetic = allSynthetic && f[6] == "True"
            }
        }
    }

    @Test func daskCubeEqualsSingleProcessAndTheSwiftCore() throws {
        let fixture = try BatchFixture()
        defer { fixture.close() }
        let (store, export) = try fixture.exportAll()
        try #require(export.status == 0, "\(export.error)")
        #expect(export.output.contains("exported 500 incident rows (seoul, 2025-01; 500 synthetic)"))

        // The manifest: six partitions of 500 rows, each file where it says, all synthetic.
        let manifest =
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: URL(fileURLWithPath: store + "/manifest.json"))) as! [String: Any]
        let parts = manifest["partitions"] as! [[String: Any]]
        #expect(parts.count == 6)
        #expect(manifest["crs"] as? String == "EPSG:5179")
        for part in parts {
            #expect(part["rows"] as? Int == 500)
            #expect(part["synthetic_rows"] as? Int == 500)
            let path = store + "/" + (part["path"] as! String)
            #expect(try SHA256.hex(ofFile: path) == part["sha256"] as? String)
        }
        #expect(parts.first?["path"] as? String == "incident/agency=gyeonggi-test/month=2025-01/part.parquet")

        // Re-exporting a month replaces its partition with the same bytes.
        let before = try Data(contentsOf: URL(fileURLWithPath: store + "/manifest.json"))
        let again = try fixture.ansim([
            "batch", "export", "--month", "2025-02", "--agency", "seoul", "--out", store,
        ])
        try #require(again.status == 0, "\(again.error)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: store + "/manifest.json")) == before)

        let cubeArguments = [
            "batch", "cube", "--store", store, "--bbox", BatchFixture.bboxText, "--cell", "100",
        ]
        let single = try fixture.ansim(cubeArguments + ["--single", "--out", fixture.dir + "/single.csv"])
        try #require(single.status == 0, "\(single.error)")
        let dask = try fixture.ansim(cubeArguments + ["--workers", "2", "--out", fixture.dir + "/dask.csv"])
        try #require(dask.status == 0, "\(dask.error)")
        #expect(
            dask.output.contains("\"mode\": \"dask\", \"workers\": 2, \"partitions\": 6, \"points\": 3000"))
        #expect(dask.output.contains("\"synthetic\": true"))
        print(
            "ansim batch cube --single: \(single.output)ansim batch cube --workers 2: \(dask.output)",
            terminator: "")

        let a = try Cube(fixture.dir + "/single.csv")
        let b = try Cube(fixture.dir + "/dask.csv")
        #expect(a.cells.count == 3 * 20 * 30)
        #expect(a.allSynthetic && b.allSynthetic)
        var worstDask = 0.0
        var worstCore = 0.0
        for (key, s) in a.cells {
            let d = try #require(b.cells[key])
            #expect(d.count == s.count, "\(key)")
            worstDask = max(worstDask, abs(d.z - s.z), abs(d.p - s.p))
        }
        #expect(worstDask <= 1e-12)

        // The Swift core in process: the same counts, z and p.
        var total = 0.0
        for (month, expected) in try fixture.inProcessCube() {
            for i in expected.counts.indices {
                let cell = try #require(b.cells["\(month) \(i / 30) \(i % 30)"])
                #expect(cell.count == expected.counts[i], "\(month) cell \(i)")
                worstCore = max(worstCore, abs(cell.z - expected.gi.z[i]), abs(cell.p - expected.gi.p[i]))
                total += cell.count
            }
        }
        #expect(total == 3000)
        #expect(worstCore <= 1e-12)
        #expect(b.cells.values.contains { $0.z >= 1.96 }, "the synthetic hotspots are found")
        print("max |Δ| Dask vs single \(worstDask), Dask vs in-process Swift core \(worstCore)")
    }
}
