import AnsimStore
import AnsimSupport

/// The history of report runs (`report_run`): every report, scheduled or run by hand, is
/// one row with its status, attempts, last error, output paths and the analytics runs it cites.
public enum ReportHistory {
    /// Records a report run by hand as `running`, with its database session's pid; returns
    /// its id. Runs by hand left `running` by a process that died are marked failed first
    /// (``failInterrupted(on:)``).
    public static func begin(_ request: ReportRequest, on c: Connection) throws -> Int {
        try failInterrupted(on: c)
        let rows = try c.query(
            """
            INSERT INTO report_run (agency, kind, area, period, status, attempts, started_at, out_dir, backend_pid)
            VALUES ($1, $2, $3, $4, 'running', 1, now(), $5, pg_backend_pid()) RETURNING id
            """, [request.agency, request.kind.rawValue, request.area, request.period.label, request.outDir],
            purpose: "record the report run")
        return try rows[0].decode(Int.self, at: 0)
    }

    /// Stores a finished report's outputs; `status` succeeded unless a delivery is still due.
    public static func succeed(
        _ id: Int, _ output: ReportOutput, status: String = "succeeded", on c: Connection
    ) throws {
        let f = output.figures
        try c.execute(
            """
            UPDATE report_run SET status = $2, finished_at = now(), error = NULL, out_dir = $3, html_path = $4,
              pdf_path = $5, json_path = $6, map_path = $7, hotspot_run_id = $8, forecast_run_id = $9,
              synthetic_input = $10, figures = $11::jsonb
            WHERE id = $1
            """,
            [
                id, status, output.directory, output.html, output.pdf, output.json, output.map,
                f.hotspot?.runID,
                f.forecast?.runID, f.synthetic, try ReportJSON.encode(f),
            ], purpose: "record the report's outputs")
    }

    /// The error kept on a run by hand whose process ended before it finished.
    public static let interruptedError =
        "interrupted: the report process ended before finishing (killed or crashed); its files are not complete"

    /// Marks `failed` the runs by hand left `running` by a process that died (its database
    /// session is gone, as `etl_run` does); returns how many. Scheduled runs are the
    /// scheduler's to retry.
    @discardableResult
    public static func failInterrupted(on c: Connection) throws -> Int {
        let rows = try c.query(
            """
            UPDATE report_run SET status = 'failed', finished_at = now(), error = $1
            WHERE status = 'running' AND schedule_id IS NULL
              AND (backend_pid IS NULL OR backend_pid NOT IN (SELECT pid FROM pg_stat_activity))
            RETURNING id
            """, [interruptedError], purpose: "mark abandoned report runs failed")
        return rows.count
    }

    /// Marks a run failed with its error.
    public static func fail(_ id: Int, error: String, on c: Connection) throws {
        try c.execute(
            "UPDATE report_run SET status = 'failed', finished_at = now(), error = $2 WHERE id = $1",
            [id, error],
            purpose: "record the report's failure")
    }

    /// One history row.
    public struct Entry: Sendable {
        public var id: Int
        public var scheduleID: Int?
        public var kind: String
        public var area: String
        public var period: String
        public var scheduledFor: String?
        public var status: String
        public var attempts: Int
        public var error: String?
        public var finishedAt: String?
        public var pdfPath: String?
        public var htmlPath: String?
        public var deliveredAt: String?
    }

    /// The latest `limit` runs, newest first (optionally of one schedule).
    public static func list(limit: Int = 20, schedule: Int? = nil, on c: Connection) throws -> [Entry] {
        try failInterrupted(on: c)
        let ts = { (col: String) in "to_char(\(col) AT TIME ZONE 'Asia/Seoul', 'YYYY-MM-DD HH24:MI')" }
        let rows = try c.query(
            """
            SELECT id, schedule_id, kind, area, period, \(ts("scheduled_for")), status, attempts, error,
              \(ts("finished_at")), pdf_path, html_path, \(ts("delivered_at"))
            FROM report_run WHERE $2::bigint IS NULL OR schedule_id = $2 ORDER BY id DESC LIMIT $1
            """, [limit, schedule], purpose: "read the report history")
        return try rows.map { r in
            Entry(
                id: try r.decode(Int.self, at: 0), scheduleID: r[1].flatMap { Int($0) }, kind: r[2] ?? "",
                area: r[3] ?? "", period: r[4] ?? "", scheduledFor: r[5], status: r[6] ?? "",
                attempts: try r.decode(Int.self, at: 7), error: r[8], finishedAt: r[9], pdfPath: r[10],
                htmlPath: r[11],
                deliveredAt: r[12])
        }
    }
}
