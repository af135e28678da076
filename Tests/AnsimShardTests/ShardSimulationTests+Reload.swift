import AnsimStore
import AnsimSupport
import Foundation
import Testing

extension ShardSimulationTests {
    /// A newer export of Seoul's incidents file — one class changed, the last 20 rows
    /// gone — loaded through the normal ETL into both databases: on the coordinator the
    /// snapshot's UPDATE and DELETE reach the shard through postgres_fdw (row by row,
    /// by ctid of the month partition). Both databases must then agree again.
    func expectSnapshotReload(_ sim: ShardSimulation, _ coordinator: Connection, _ single: Connection) throws
    {
        let original = sim.folder + "/synth/synth-seoul-42/incidents.csv"
        let text = try String(contentsOfFile: original, encoding: .utf8)
        var lines = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count > 1000)
        var fields = lines[1].components(separatedBy: ",")
        #expect(fields.count == 13 && !lines[1].contains("\""), "unexpected first row: \(lines[1])")
        fields[2] = fields[2] == "절도" ? "폭력" : "절도"
        lines[1] = fields.joined(separator: ",")
        lines.removeLast(20)
        let folder = sim.folder + "/reload/synth-seoul-42"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try (lines.joined(separator: "\r\n") + "\r\n").write(
            toFile: folder + "/incidents.csv", atomically: true, encoding: .utf8)

        let before = try count(coordinator, "seoul")
        for cluster in ["coordinator", "single"] {
            let report = try sim.etlLoad(cluster, folder + "/incidents.csv", source: "incidents_export")
            #expect(report["rows_loaded"] as? Int == 1, "\(cluster): \(report)")
            #expect(report["rows_removed"] as? Int == 20, "\(cluster): \(report)")
            #expect(report["rows_unchanged"] as? Int == lines.count - 2, "\(cluster): \(report)")
        }
        #expect(try count(coordinator, "seoul") == before - 20)
        #expect(try count(single, "seoul") == before - 20)
        let key = fields[0]
        let changed = "SELECT crime_class FROM incident WHERE agency = 'seoul' AND source_key = $1"
        #expect(try coordinator.query(changed, [key], purpose: "read the changed row").first?[0] == fields[2])
        #expect(try count(coordinator, "gyeonggi_nambu") == count(single, "gyeonggi_nambu"))
    }

    func count(_ connection: Connection, _ agency: String) throws -> Int {
        try connection.query("SELECT count(*) FROM incident WHERE agency = $1", [agency], purpose: "count")[0]
            .decode(Int.self, at: 0)
    }
}
