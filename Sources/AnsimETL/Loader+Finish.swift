import AnsimStore
import Foundation

extension Loader {
    /// Moves staged rows into the target, keeps the quarantine, and records the
    /// counts, all inside the load's transaction.
    func finish(
        _ target: Target, _ definition: SourceDefinition, runID: Int, path: String, file: String,
        agency: String,
        conn: Connection, warnings: LoadWarnings, blankLines: Int, started: Date
    ) throws -> LoadReport {
        var clock = Date()
        let params: [any PostgresEncodable] =
            target.hasAgency ? [definition.id, file, agency] : [definition.id, file]
        let totals = try conn.query(
            "SELECT count(*), count(*) FILTER (WHERE reason IS NOT NULL) FROM \(Target.stage)",
            purpose: "count staged rows")[0]
        let read = try totals.decode(Int.self, at: 0)
        let quarantined = try totals.decode(Int.self, at: 1)
        try conn.execute(
            "SELECT pg_advisory_xact_lock(hashtext($1))", ["\(target.table)/\(definition.id)/\(file)"],
            purpose: "lock the source file against concurrent loads")
        try conn.executeScript(Target.prepareSQL, purpose: "keep one row per natural key")
        let good = try conn.query("SELECT count(*) FROM \(Target.good)", purpose: "count kept rows")[0]
            .decode(Int.self, at: 0)
        var loaded = 0
        for statement in target.loadSQL {
            loaded += try conn.query(statement, params, purpose: "load into \(target.table)")[0].decode(
                Int.self, at: 0)
        }
        Loader.trace("upsert", since: &clock)
        var removed = 0
        if let remove = target.removeSQL {
            removed = try conn.execute(remove, params, purpose: "remove rows gone from \(file)")
        }
        Loader.trace("remove rows gone", since: &clock)
        try conn.execute(
            """
            INSERT INTO etl_quarantine (run_id, file, row_number, raw, reason)
            SELECT $1, $2, row_number, raw, reason FROM \(Target.stage) WHERE reason IS NOT NULL ORDER BY row_number
            """, [runID, path], purpose: "keep quarantined rows")
        // Rows repeating a natural key are listed too (counted as duplicates, not as
        // quarantined), so that what became of every row can be looked up.
        try conn.execute(
            """
            INSERT INTO etl_quarantine (run_id, file, row_number, raw, reason)
            SELECT $1, $2, s.row_number, 'key: ' || s.key, 'duplicate: same natural key as row ' || g.row_number
            FROM \(Target.stage) s
            JOIN (SELECT DISTINCT ON (key) key, row_number FROM \(Target.stage) WHERE reason IS NULL
                  ORDER BY key, row_number) g ON g.key = s.key AND g.row_number <> s.row_number
            WHERE s.reason IS NULL ORDER BY s.row_number
            """, [runID, path], purpose: "list duplicate rows")
        Loader.trace("quarantine and duplicates", since: &clock)
        let reasons = try conn.query(
            """
            SELECT split_part(reason, ': ', 1) AS reason, count(*) AS rows FROM \(Target.stage)
            WHERE reason IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1
            """, purpose: "summarise quarantine reasons"
        ).map {
            LoadReport.ReasonCount(
                reason: try $0.decode(String.self, at: 0), rows: try $0.decode(Int.self, at: 1))
        }
        try PostLoad.run(target, definition, conn: conn, warnings: warnings)
        let lines = warnings.lines
        let duplicate = read - quarantined - good
        let seconds = Date().timeIntervalSince(started)
        let warningsJSON = String(
            decoding: try JSONSerialization.data(withJSONObject: lines), as: UTF8.self)
        try conn.execute(
            """
            UPDATE etl_run SET status = 'succeeded', rows_read = $2, rows_loaded = $3, rows_unchanged = $4,
                   rows_quarantined = $5, rows_duplicate = $6, rows_removed = $7, warnings = $8::jsonb,
                   finished_at = now(), seconds = $9
            WHERE id = $1
            """,
            [runID, read, loaded, good - loaded, quarantined, duplicate, removed, warningsJSON, seconds],
            purpose: "record the load's counts")
        return LoadReport(
            source: definition.id, kind: definition.kind.rawValue, file: path, runID: runID,
            status: "succeeded",
            rowsRead: read, rowsLoaded: loaded, rowsUnchanged: good - loaded, rowsQuarantined: quarantined,
            rowsDuplicate: duplicate, rowsRemoved: removed, seconds: seconds, encoding: "", crs: "",
            fileSHA256: "", warnings: lines, quarantineReasons: reasons)
    }
}

/// Work some tables need once their rows are in (inside the load's transaction).
enum PostLoad {
    static func run(
        _ target: Target, _ definition: SourceDefinition, conn: Connection, warnings: LoadWarnings
    ) throws {
        switch target.table {
        case "population_dong": try matchPopulation(definition, conn, warnings)
        default: break
        }
    }

    /// Joins population rows to 행정동 boundary codes by 자치구 and dong name, treating
    /// "." and "·" alike ("종로1.2.3.4가동" = "종로1·2·3·4가동"), and reports what matches nothing.
    static func matchPopulation(_ d: SourceDefinition, _ conn: Connection, _ warnings: LoadWarnings) throws {
        try conn.execute(
            """
            UPDATE population_dong p SET adm_code = m.code
            FROM (SELECT DISTINCT ON (gu, dong_key) code, split_part(full_name, ' ', 2) AS gu,
                         translate(name, '.·', '') AS dong_key
                  FROM admin_area WHERE level = 'hangjeongdong' AND full_name IS NOT NULL
                  ORDER BY gu, dong_key, vintage DESC) m
            WHERE p.source = $1 AND m.gu = p.gu AND m.dong_key = translate(p.dong, '.·', '')
              AND p.adm_code IS DISTINCT FROM m.code
            """, [d.id], purpose: "match population to boundary codes")
        let unmatched = try conn.query(
            "SELECT gu || ' ' || dong FROM population_dong WHERE source = $1 AND adm_code IS NULL ORDER BY 1",
            [d.id], purpose: "list unmatched dong names")
        for row in unmatched {
            warnings.add("population row matches no 행정동 boundary", row: 0, example: row[0] ?? "")
        }
    }
}
