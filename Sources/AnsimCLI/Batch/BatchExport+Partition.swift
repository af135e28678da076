import AnsimStore
import AnsimSupport
import Foundation

extension BatchExport {
    /// Reads one agency's month from PostgreSQL into a CSV, converts it to GeoParquet at its
    /// partition path (atomically, by scripts/batch/to_geoparquet.py) and returns its
    /// manifest entry.
    func exportPartition(
        _ connection: Connection, _ python: BatchPython, store: String, month: BatchMonth, agency code: String
    ) throws -> BatchManifest.Partition {
        let rows = try connection.query(
            table.partitionQuery, [month.description, code], purpose: "read \(table.rawValue) of \(code) \(month)")
        let relative = "\(table.rawValue)/agency=\(code)/month=\(month)/part.parquet"
        let target = store + "/" + relative
        try FileManager.default.createDirectory(
            atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let csv = FileManager.default.temporaryDirectory
            .appendingPathComponent("ansim-export-\(getpid())-\(code)-\(month).csv").path
        defer { try? FileManager.default.removeItem(atPath: csv) }
        var synthetic = 0
        var text = "id,agency,month,occurred_at,crime_class,station,synthetic,x,y\n"
        for row in rows {
            var fields: [String] = []
            for column in 0..<9 {
                let value = try row.decode(String.self, at: column)
                fields.append(column == 1 || column == 4 || column == 5 ? Self.quoted(value) : value)
            }
            if fields[6] == "t" { synthetic += 1 }
            text += fields.joined(separator: ",") + "\n"
        }
        try text.write(toFile: csv, atomically: false, encoding: .utf8)
        let result = try python.run("to_geoparquet.py", [csv, target])
        let line = result.output.split(whereSeparator: \.isNewline).last { $0.hasPrefix("{") }
        guard let line,
            let fields = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
            let written = fields["rows"] as? Int, written == rows.count
        else { throw AnsimError("to_geoparquet.py did not confirm \(rows.count) rows for \(target)") }
        return BatchManifest.Partition(
            table: table.rawValue, agency: code, month: month.description, path: relative, rows: rows.count,
            synthetic_rows: synthetic, sha256: try SHA256.hex(ofFile: target))
    }

    /// A CSV field in double quotes, inner quotes doubled.
    static func quoted(_ value: String) -> String {
        "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
