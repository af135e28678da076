import AnsimStore
import AnsimSupport
import ArgumentParser
import Foundation

/// `ansim batch export`: closed months of a point table, per agency, to GeoParquet.
struct BatchExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export closed months per agency to the GeoParquet store (replacing a partition whole).",
        discussion: """
            For each --month and each agency (--agency, else every agency with rows in that \
            month), writes <out>/<table>/agency=<a>/month=<YYYY-MM>/part.parquet: the rows \
            whose time (incident.occurred_at, call_112.received_at) falls in the month in the \
            agency's time zone, in id order, with the columns id, agency, month, occurred_at \
            (UTC), crime_class (call_type for calls), station, synthetic and a Point geometry \
            in EPSG:5179 (GeoParquet metadata written by geopandas; scripts/batch/to_geoparquet.py \
            converts the CSV that ansim reads from PostgreSQL). <out>/manifest.json lists each \
            partition with its rows, synthetic rows and sha256.

            Only closed months are exported: a month that is not strictly before the current \
            month of every agency concerned is refused, because its rows can still change. \
            Re-exporting a month replaces its file atomically (a temporary file renamed over \
            it) and its manifest entry; the same rows give the same file. Run one export per \
            store at a time.

            EXAMPLES
              ansim batch export --month 2025-01 --out /data/store
              ansim batch export --month 2025-01 --month 2025-02 --agency seoul --out /data/store
              ansim batch export --table call_112 --month 2025-03 --out /data/store
            """
    )

    @Option(name: .customLong("month"), help: "A closed month to export (repeatable).")
    var months: [BatchMonth]

    @Option(help: "Only this agency (default: every agency with rows in the month).")
    var agency: String?

    @Option(help: "incident or call_112.")
    var table: BatchTable = .incident

    @Option(help: "The store folder (created if missing).")
    var out: String

    func validate() throws {
        guard !months.isEmpty else { throw ValidationError("give at least one --month YYYY-MM") }
    }

    func run() throws {
        let connection = try Database.connect()
        try checkClosed(connection)
        let python = try BatchPython.locate()
        let store = URL(fileURLWithPath: out).standardizedFileURL.path
        try FileManager.default.createDirectory(atPath: store, withIntermediateDirectories: true)
        var manifest = try BatchManifest.read(store: store)
        for month in Set(months).sorted() {
            let agencies: [String] =
                try agency.map { [$0] }
                ?? connection.query(table.agenciesQuery, [month.description], purpose: "find agencies")
                .map { try $0.decode(String.self, at: 0) }
            if agencies.isEmpty { print("no \(table.rawValue) rows in \(month): nothing to export") }
            for code in agencies {
                let entry = try exportPartition(connection, python, store: store, month: month, agency: code)
                manifest.upsert(entry)
                try manifest.write(store: store)
                print(
                    "exported \(entry.rows) \(table.rawValue) rows (\(code), \(month); \(entry.synthetic_rows) synthetic) "
                        + "to \(store)/\(entry.path) sha256 \(entry.sha256.prefix(16))…")
            }
        }
    }

    /// Refuses a month that is not strictly before the current month of the agencies concerned.
    func checkClosed(_ connection: Connection) throws {
        let rows = try connection.query(
            """
            SELECT code, to_char(now() AT TIME ZONE timezone, 'YYYY-MM') FROM agency
            WHERE $1::text IS NULL OR code = $1 ORDER BY code
            """, [agency], purpose: "read agencies' current months")
        if let agency, rows.isEmpty { throw AnsimError("unknown agency \"\(agency)\" (not in the agency table)") }
        for row in rows {
            let code = try row.decode(String.self, at: 0)
            let current = try row.decode(String.self, at: 1)
            guard let now = BatchMonth(argument: current) else { continue }
            if let open = months.first(where: { $0 >= now }) {
                throw AnsimError(
                    "\(open) is not a closed month for agency \(code) (its current month is \(current)): "
                        + "only months before \(current) can be exported, as their rows no longer change")
            }
        }
    }
}
