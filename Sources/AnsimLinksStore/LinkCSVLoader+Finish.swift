import AnsimStore
import Foundation

extension LinkCSVLoader {
    static let stage = "link_stage"

    /// Copies every row (checked or not) into a temporary staging table.
    func stage(_ staged: Staged, _ export: LinkExportKind, on c: Connection) throws {
        try c.executeScript(
            """
            CREATE TEMP TABLE \(Self.stage) (
                row_number bigint, key text, src_ref text, src_kind text, dst_ref text, dst_kind text, kind text,
                at_epoch bigint, amount bigint, duration integer, role text, raw text, reason text,
                duplicate_of bigint) ON COMMIT DROP
            """, purpose: "create the link staging table")
        let (sk, tk) = export.ends
        try c.copyIn("COPY \(Self.stage) FROM STDIN", purpose: "stage the export's rows") { w in
            for s in staged.rows {
                w.append(s.line)
                if let r = s.row {
                    w.append(r.key)
                    w.append(r.source)
                    w.append(sk.rawValue)
                    w.append(r.target)
                    w.append(tk.rawValue)
                    w.append(r.kind.rawValue)
                    w.append(Int(r.at))
                    w.append(Int(r.amount))
                    if let d = r.duration { w.append(d) } else { w.appendNull() }
                    w.append(r.role)
                } else {
                    for _ in 0..<10 { w.appendNull() }
                }
                w.append(s.raw)
                w.append(s.reason)
                if let d = s.duplicateOf { w.append(d) } else { w.appendNull() }
                try w.endRow()
            }
        }
    }

    /// Quarantines references already stored with another kind, adds the new entities
    /// and links, keeps the quarantine and records the counts.
    func finish(
        _ staged: Staged, _ export: LinkExportKind, runID: Int64, file: String, started: Date, on c: Connection
    ) throws -> LinkLoadReport {
        let source = export.rawValue
        try c.execute("SELECT pg_advisory_xact_lock(hashtext('links/' || $1))", [source], purpose: "lock the source")
        try c.execute(
            """
            UPDATE \(Self.stage) s SET reason = format('kind conflict: %s is a %s, not %s', e.ref, e.kind,
                   CASE WHEN e.ref = s.src_ref THEN s.src_kind ELSE s.dst_kind END)
            FROM link_entity e
            WHERE s.reason IS NULL AND s.duplicate_of IS NULL
              AND ((e.ref = s.src_ref AND e.kind <> s.src_kind) OR (e.ref = s.dst_ref AND e.kind <> s.dst_kind))
            """, purpose: "quarantine references of another kind")
        let newEntities = try c.execute(
            """
            INSERT INTO link_entity (ref, kind, synthetic, source, run_id)
            SELECT DISTINCT ON (ref) ref, kind, false, $1, $2 FROM (
                SELECT src_ref AS ref, src_kind AS kind, row_number FROM \(Self.stage) WHERE reason IS NULL AND duplicate_of IS NULL
                UNION ALL
                SELECT dst_ref, dst_kind, row_number FROM \(Self.stage) WHERE reason IS NULL AND duplicate_of IS NULL) r
            ORDER BY ref, row_number
            ON CONFLICT (ref) DO NOTHING
            """, [source, runID], purpose: "add the new entities")
        let loaded = try c.execute(
            """
            INSERT INTO link (source_id, target_id, kind, at, amount_krw, duration_s, role, synthetic, source,
                source_key, source_file, source_row, run_id)
            SELECT a.id, b.id, s.kind, to_timestamp(s.at_epoch), s.amount, s.duration, s.role, false, $1, s.key, $2,
                   s.row_number, $3
            FROM \(Self.stage) s JOIN link_entity a ON a.ref = s.src_ref JOIN link_entity b ON b.ref = s.dst_ref
            WHERE s.reason IS NULL AND s.duplicate_of IS NULL ORDER BY s.row_number
            ON CONFLICT (source, source_key) DO NOTHING
            """, [source, file, runID], purpose: "add the new links")
        try c.execute(
            """
            INSERT INTO etl_quarantine (run_id, file, row_number, raw, reason)
            SELECT $1, $2, row_number, raw,
                   coalesce(reason, 'duplicate: same natural key as row ' || duplicate_of)
            FROM \(Self.stage) WHERE reason IS NOT NULL OR duplicate_of IS NOT NULL ORDER BY row_number
            """, [runID, file], purpose: "keep the quarantined rows")
        let problems = try c.query(
            "SELECT row_number, reason FROM \(Self.stage) WHERE reason IS NOT NULL ORDER BY row_number",
            purpose: "list the quarantined rows"
        ).map { LinkLoadReport.Problem(row: try $0.decode(Int.self, at: 0), reason: try $0.decode(String.self, at: 1)) }
        let read = staged.rows.count
        let duplicate = staged.rows.filter { $0.duplicateOf != nil && $0.reason == nil }.count
        let unchanged = read - problems.count - duplicate - loaded
        try c.execute(
            """
            UPDATE etl_run SET status = 'succeeded', rows_read = $2, rows_loaded = $3, rows_unchanged = $4,
                   rows_quarantined = $5, rows_duplicate = $6, finished_at = now(), seconds = $7
            WHERE id = $1
            """, [runID, read, loaded, unchanged, problems.count, duplicate, Date().timeIntervalSince(started)],
            purpose: "record the link load")
        return LinkLoadReport(
            runID: runID, export: export, file: file, read: read, loaded: loaded, unchanged: unchanged,
            quarantined: problems.count, duplicate: duplicate, newEntities: newEntities, problems: problems)
    }
}
