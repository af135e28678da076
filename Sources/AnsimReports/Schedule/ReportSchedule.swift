import AnsimStore
import AnsimSupport
import Foundation

/// A stored schedule (`report_schedule`): a report of one area and kind, fired by a cron
/// expression in Asia/Seoul time, delivered to a folder and optionally a webhook.
public struct ReportSchedule: Sendable {
    public var id: Int
    public var agency: String
    public var kind: ReportKind
    public var area: String
    public var cron: CronExpression
    public var outDir: String
    public var webhookURL: String?
    public var maxAttempts: Int
    public var backoffSeconds: Double
    public var enabled: Bool
    /// Firings up to this instant have become report runs.
    public var firedThrough: Date

    static let columns = """
        id, agency, kind, area, cron, out_dir, webhook_url, max_attempts, backoff_seconds, enabled,
        extract(epoch FROM fired_through)
        """

    init(row: Row) throws {
        id = try row.decode(Int.self, at: 0)
        agency = row[1] ?? "seoul"
        guard let k = ReportKind(rawValue: row[2] ?? "") else {
            throw AnsimError("schedule \(id): bad kind \(row[2] ?? "")")
        }
        kind = k
        area = row[3] ?? ""
        cron = try CronExpression(row[4] ?? "")
        outDir = row[5] ?? ""
        webhookURL = row[6]
        maxAttempts = try row.decode(Int.self, at: 7)
        backoffSeconds = Double(row[8] ?? "60") ?? 60
        enabled = row[9] == "t"
        firedThrough = Date(timeIntervalSince1970: Double(row[10] ?? "0") ?? 0)
    }

    /// Adds a schedule; firings after `since` (default now) are due. Returns it.
    public static func add(
        kind: ReportKind, area: String, cron: String, outDir: String, webhookURL: String? = nil,
        agency: String = "seoul",
        maxAttempts: Int = 5, backoffSeconds: Double = 60, since: Date? = nil, on c: Connection
    ) throws -> ReportSchedule {
        let expression = try CronExpression(cron)
        guard maxAttempts >= 1 else { throw AnsimError("--max-attempts must be at least 1") }
        guard backoffSeconds >= 0, backoffSeconds.isFinite else {
            throw AnsimError("--backoff must be ≥ 0 seconds")
        }
        if let url = webhookURL, !(url.hasPrefix("http://") || url.hasPrefix("https://")) {
            throw AnsimError("--webhook \(url): expected an http:// or https:// URL")
        }
        let rows = try c.query(
            """
            INSERT INTO report_schedule (agency, kind, area, cron, out_dir, webhook_url, max_attempts, backoff_seconds,
              fired_through)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, coalesce(to_timestamp($9::float8), now()))
            RETURNING \(columns)
            """,
            [
                agency, kind.rawValue, area, expression.description, outDir, webhookURL, maxAttempts,
                backoffSeconds,
                since.map { $0.timeIntervalSince1970 },
            ], purpose: "add the schedule")
        return try ReportSchedule(row: rows[0])
    }

    /// Every schedule, by id.
    public static func list(on c: Connection) throws -> [ReportSchedule] {
        try c.query("SELECT \(columns) FROM report_schedule ORDER BY id", purpose: "list schedules").map {
            try ReportSchedule(row: $0)
        }
    }

    /// Removes a schedule (its history stays, unlinked); false when there is none.
    public static func remove(_ id: Int, on c: Connection) throws -> Bool {
        try c.execute("DELETE FROM report_schedule WHERE id = $1", [id], purpose: "remove the schedule") == 1
    }

    /// The next firing after `instant`.
    public func next(after instant: Date) -> Date? { cron.next(after: instant) }
}
