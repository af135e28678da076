import AnsimStore
import AnsimSupport
import Foundation

extension ReportScheduler {
    /// A claimed report run.
    struct Claimed: Sendable {
        var id: Int
        var agency: String
        var kind: ReportKind
        var area: String
        var period: String
        var attempts: Int
        var maxAttempts: Int
        var backoff: Double
        var outDir: String
        var webhookURL: String?
        /// The report was already written by an earlier attempt (only delivery failed).
        var figures: String?
        var jsonPath: String?
    }

    /// Takes the oldest due run (pending or retrying, next attempt ≤ now) and marks it running.
    func claim(now: Date) throws -> Claimed? {
        let rows = try connection.query(
            """
            UPDATE report_run r SET status = 'running', attempts = r.attempts + 1, started_at = to_timestamp($1::float8)
            FROM (SELECT id FROM report_run WHERE status IN ('pending', 'retrying') AND schedule_id IS NOT NULL
                    AND next_attempt_at <= to_timestamp($1::float8)
                  ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED) due
            WHERE r.id = due.id
            RETURNING r.id, r.agency, r.kind, r.area, r.period, r.attempts,
              coalesce((SELECT max_attempts FROM report_schedule WHERE id = r.schedule_id), 5),
              coalesce((SELECT backoff_seconds FROM report_schedule WHERE id = r.schedule_id), 60),
              r.out_dir, r.webhook_url, r.figures::text, r.json_path
            """, [now.timeIntervalSince1970], purpose: "claim a due report run")
        guard let r = rows.first else { return nil }
        return Claimed(
            id: try r.decode(Int.self, at: 0), agency: r[1] ?? "seoul",
            kind: ReportKind(rawValue: r[2] ?? "") ?? .weekly,
            area: r[3] ?? "", period: r[4] ?? "", attempts: try r.decode(Int.self, at: 5),
            maxAttempts: try r.decode(Int.self, at: 6), backoff: Double(r[7] ?? "60") ?? 60,
            outDir: r[8] ?? ".",
            webhookURL: r[9], figures: r[10], jsonPath: r[11])
    }

    /// Builds (unless an earlier attempt did) and delivers one run; returns its new status.
    func execute(_ run: Claimed, now: Date) async -> String {
        do {
            // An earlier attempt wrote the report and only the delivery failed: send its file again.
            var figures =
                run.jsonPath.flatMap { try? String(contentsOfFile: $0, encoding: .utf8) } ?? run.figures
            if figures == nil {
                var request = ReportRequest(
                    area: run.area, period: try ReportPeriod(run.period, kind: run.kind), outDir: run.outDir)
                request.agency = run.agency
                let output = try producer.produce(request, reportRunID: run.id, on: connection)
                try ReportHistory.succeed(run.id, output, status: "running", on: connection)
                figures = try ReportJSON.encode(output.figures)
            }
            if let url = run.webhookURL {
                try await webhook.deliver(Data((figures ?? "{}").utf8), to: url)
                try connection.execute(
                    "UPDATE report_run SET delivered_at = to_timestamp($2::float8) WHERE id = $1",
                    [run.id, now.timeIntervalSince1970], purpose: "record the delivery")
            }
            try connection.execute(
                "UPDATE report_run SET status = 'succeeded', error = NULL, finished_at = to_timestamp($2::float8) WHERE id = $1",
                [run.id, now.timeIntervalSince1970], purpose: "record success")
            logger.info(
                "report run \(run.id) succeeded",
                metadata: ["area": "\(run.area)", "period": "\(run.period)"])
            return "succeeded"
        } catch {
            let retry = run.attempts < run.maxAttempts
            let delay = Self.backoff(base: run.backoff, attempt: run.attempts)
            _ = try? connection.execute(
                """
                UPDATE report_run SET status = $2, error = $3, next_attempt_at = to_timestamp($4::float8),
                  finished_at = CASE WHEN $2 = 'failed' THEN to_timestamp($5::float8) END
                WHERE id = $1
                """,
                [
                    run.id, retry ? "retrying" : "failed", "\(error)", now.timeIntervalSince1970 + delay,
                    now.timeIntervalSince1970,
                ], purpose: "record the failure")
            let next = retry ? "retry in \(Int(delay)) s" : "giving up"
            logger.warning(
                "report run \(run.id) attempt \(run.attempts) of \(run.maxAttempts) failed: \(error); \(next)"
            )
            return retry ? "retrying" : "failed"
        }
    }

    /// Seconds before attempt `attempt + 1`: base · 2^(attempt − 1), at most a day.
    public static func backoff(base: Double, attempt: Int) -> Double {
        min(86_400, base * pow(2, Double(max(0, attempt - 1))))
    }
}
