import AnsimETL
import AnsimStore
import AnsimSupport
import ArgumentParser
import Foundation

/// `ansim bench etl`.
struct BenchETL: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "etl",
        abstract: "ETL throughput against ogr2ogr on a large point CSV (EPSG:5174, CP949).",
        discussion: """
            Generates a --rows-row CSV in CP949 (id, a Korean business name, x, y in EPSG:5174 \
            over Seoul, from a fixed seed), then loads it into the same table, risk_site, \
            transformed to EPSG:5179, (1) with Ansim's ETL (encoding detection, coordinate \
            checks, PROJ, binary COPY, upsert by natural key, quarantine bookkeeping) and \
            (2) with GDAL's ogr2ogr (CSV driver, -s_srs EPSG:5174 -t_srs EPSG:5179, PG driver \
            with COPY forced on (PG_USE_COPY=YES; by default it INSERTs row by row into an \
            existing table), client encoding UHC so the server converts CP949). The table's rows \
            from each run are removed before the next. Prints rows/s for each and the ratio. \
            Goal: ≥ 2× ogr2ogr.
            """
    )

    @Option(help: "Rows in the generated file.")
    var rows = 1_000_000

    @Flag(help: "Print JSON.")
    var json = false

    func run() throws {
        guard let ogr2ogr = Subprocess.which("ogr2ogr") else {
            throw AnsimError("ogr2ogr is not installed (apt-get install gdal-bin)")
        }
        let connection = try Database.connect()
        let settings = try ConnectionSettings.resolve()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ansim-bench-etl-\(getpid())")
            .path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let csv = dir + "/bench_bars_5174.csv"
        try BenchETL.writeCP949(rows: rows, to: csv, scratch: dir)
        let clean = {
            try connection.execute(
                "DELETE FROM risk_site WHERE source IN ('bench_etl', 'bench_ogr2ogr')",
                purpose: "clear benchmark rows")
        }
        _ = try clean()

        let definition = SourceDefinition.benchmark
        let loader = Loader(
            connection: connection, catalog: SourceCatalog(definitions: [definition]), dataFolder: nil,
            version: AnsimVersion.current)
        var started = Date()
        let loaded = try loader.load(csv, options: LoadOptions(sourceID: definition.id))
        let ansim = Date().timeIntervalSince(started)
        guard loaded.rowsLoaded == rows else {
            throw AnsimError("Ansim loaded \(loaded.rowsLoaded) of \(rows) rows")
        }
        try connection.executeScript(
            """
            DROP TABLE IF EXISTS bench_etl_ansim;
            CREATE TEMP TABLE bench_etl_ansim AS SELECT source_key, name, geom FROM risk_site WHERE source = 'bench_etl'
            """, purpose: "keep Ansim's rows for comparison")
        _ = try clean()

        started = Date()
        let ogr = try Subprocess.run(
            ogr2ogr,
            [
                "--config", "PG_USE_COPY", "YES", "-append", "-f", "PostgreSQL", "PG:" + settings.libpqURL(),
                csv, "-nln", "risk_site",
                "-oo", "X_POSSIBLE_NAMES=x", "-oo", "Y_POSSIBLE_NAMES=y", "-oo", "KEEP_GEOM_COLUMNS=NO",
                "-s_srs", "EPSG:5174", "-t_srs", "EPSG:5179", "-nlt", "POINT", "-gt", "65536",
                "-sql",
                "SELECT 'bench_ogr2ogr' AS source, 'bench_bars_5174.csv' AS source_file, CAST(id AS character) AS source_key, 'bar' AS category, name FROM bench_bars_5174",
            ], environment: ["PGCLIENTENCODING": "UHC"])
        let reference = Date().timeIntervalSince(started)
        guard ogr.status == 0 else { throw AnsimError("ogr2ogr failed: \(ogr.errorLine)") }
        let ogrRows = try connection.query(
            "SELECT count(*) FROM risk_site WHERE source = 'bench_ogr2ogr'", purpose: "count")[0].decode(
                Int.self, at: 0)
        guard ogrRows == rows else { throw AnsimError("ogr2ogr loaded \(ogrRows) of \(rows) rows") }
        let agree = try connection.query(
            """
            SELECT count(*) FROM bench_etl_ansim a JOIN risk_site b ON b.source = 'bench_ogr2ogr' AND b.source_key = a.source_key
            WHERE ST_Distance(a.geom, b.geom) < 1e-6 AND a.name = b.name
            """, purpose: "compare the two loads")[0].decode(Int.self, at: 0)
        _ = try clean()
        try connection.execute(
            "DELETE FROM etl_run WHERE source = 'bench_etl'", purpose: "drop benchmark runs")

        // For context: ogr2ogr's best case, a new table without indexes (built after).
        started = Date()
        let fresh = try Subprocess.run(
            ogr2ogr,
            [
                "-overwrite", "-f", "PostgreSQL", "PG:" + settings.libpqURL(), csv, "-nln",
                "bench_etl_ogr_fresh",
                "-oo", "X_POSSIBLE_NAMES=x", "-oo", "Y_POSSIBLE_NAMES=y", "-oo", "KEEP_GEOM_COLUMNS=NO",
                "-s_srs", "EPSG:5174", "-t_srs", "EPSG:5179", "-nlt", "POINT", "-gt", "65536",
                "-lco", "GEOMETRY_NAME=geom",
            ], environment: ["PGCLIENTENCODING": "UHC"])
        let freshSeconds = Date().timeIntervalSince(started)
        try connection.executeScript(
            "DROP TABLE IF EXISTS bench_etl_ogr_fresh", purpose: "drop the context table")
        show(ansim: ansim, ogr2ogr: reference, agree: agree, fresh: fresh.status == 0 ? freshSeconds : nil)
    }

    private func show(ansim: Double, ogr2ogr: Double, agree: Int, fresh: Double?) {
        let a = Double(rows) / ansim, o = Double(rows) / ogr2ogr
        if json {
            print(
                #"{"benchmark":"etl","rows":\#(rows),"ansim_rows_per_s":\#(Int(a)),"ogr2ogr_rows_per_s":\#(Int(o)),"ratio":\#(String(format: "%.3f", a / o)),"rows_identical":\#(agree),"ogr2ogr_new_table_rows_per_s":\#(fresh.map { Int(Double(rows) / $0) } ?? 0),"goal":2.0}"#
            )
            return
        }
        print("ETL of \(rows) rows (CP949 CSV, EPSG:5174 → 5179) into risk_site")
        print(String(format: "  ansim etl load                 %7.2f s  %10.0f rows/s", ansim, a))
        print(String(format: "  ogr2ogr (GDAL, reference)      %7.2f s  %10.0f rows/s", ogr2ogr, o))
        print(
            String(format: "  ratio ansim / ogr2ogr          %.2f×  (goal ≥ 2.00×)", a / o)
                + (a / o >= 2 ? " met" : " NOT met"))
        print("  rows identical in both loads   \(agree) of \(rows) (same point within 1 µm, same name)")
        if let fresh {
            print(
                String(
                    format:
                        "  context: ogr2ogr into a new table without indexes or checks: %.2f s, %.0f rows/s",
                    fresh, Double(rows) / fresh))
        }
    }
}
