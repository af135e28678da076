import AnsimStore
import AnsimSupport
import Foundation
import Logging

/// The scheduler's work, one tick at a time: turn due cron firings into report runs
/// (catching up every firing missed while no scheduler was up), then run every due report
/// run — build it, deliver it to its folder and webhook — retrying failures with
/// exponential backoff.
///
/// Only one scheduler works at a time: a tick takes the session advisory lock
/// ``lockKey`` with `pg_try_advisory_lock` and returns ``TickResult/busy`` when another
/// instance holds it. `UNIQUE (schedule_id, scheduled_for)` makes each firing one run even
/// so, and a run is claimed with `FOR UPDATE SKIP LOCKED`.
public final class ReportScheduler: Sendable {
    /// `pg_advisory_lock` key of the scheduler ("ansimrep").
    public static let lockKey: Int64 = 0x616E_7369_6D72_6570
    /// At most this many missed firings per schedule are caught up (the most recent ones).
    public static let catchUpLimit = 100

    public let connection: Connection
    public let producer: any ReportProducer
    public let webhook: WebhookDelivery
    let logger: Logger

    public init(
        connection: Connection, producer: any ReportProducer = StandardReportProducer(),
        webhook: WebhookDelivery = WebhookDelivery(), logger: Logger = Logger(label: "ansim.scheduler")
    ) {
        (self.connection, self.producer, self.webhook, self.logger) = (connection, producer, webhook, logger)
    }

    /// What one tick did.
    public struct TickResult: Sendable, Equatable {
        /// False when another scheduler held the lock (nothing was done).
        public var worked: Bool
        /// Report runs created from firings.
        public var enqueued: Int
        /// Runs attempted, and of those succeeded / to be retried / failed for good.
        public var attempted: Int
        public var succeeded: Int
        public var retrying: Int
        public var failed: Int

        public static let busy = TickResult(
            worked: false, enqueued: 0, attempted: 0, succeeded: 0, retrying: 0, failed: 0)
    }

    /// One tick at `now` (injected so that tests can simulate downtime and backoff).
    public func tick(now: Date = Date()) async throws -> TickResult {
        let locked = try connection.query(
            "SELECT pg_try_advisory_lock($1)", [Self.lockKey], purpose: "take the scheduler lock")
        guard locked.first?[0] == "t" else { return .busy }
        defer {
            _ = try? connection.execute(
                "SELECT pg_advisory_unlock($1)", [Self.lockKey], purpose: "release the scheduler lock")
        }
        var result = TickResult(worked: true, enqueued: 0, attempted: 0, succeeded: 0, retrying: 0, failed: 0)
        // Holding the lock, no other scheduler is running anything: a 'running' scheduled
        // run was left by one that died; try it again.
        try connection.execute(
            "UPDATE report_run SET status = 'retrying', error = 'interrupted (scheduler stopped)' "
                + "WHERE status = 'running' AND schedule_id IS NOT NULL", purpose: "recover interrupted runs")
        result.enqueued = try enqueue(now: now)
        while let run = try claim(now: now) {
            result.attempted += 1
            switch await execute(run, now: now) {
            case "succeeded": result.succeeded += 1
            case "retrying": result.retrying += 1
            default: result.failed += 1
            }
        }
        return result
    }

    /// Creates the report runs of every firing in (fired_through, now] of each enabled schedule.
    func enqueue(now: Date) throws -> Int {
        try connection.transaction(purpose: "enqueue due reports") { c in
            var count = 0
            for s in try ReportSchedule.list(on: c) where s.enabled {
                let firings = s.cron.firings(after: s.firedThrough, through: now, limit: Self.catchUpLimit)
                for firing in firings {
                    let period = ReportPeriod.lastCompleted(before: firing, kind: s.kind)
                    let folder = "\(s.outDir)/\(Self.folderName(s.area))/\(period.label)"
                    count += try c.execute(
                        """
                        INSERT INTO report_run (schedule_id, agency, kind, area, period, scheduled_for, next_attempt_at,
                          out_dir, webhook_url)
                        VALUES ($1, $2, $3, $4, $5, to_timestamp($6::float8), to_timestamp($6::float8), $7, $8)
                        ON CONFLICT (schedule_id, scheduled_for) DO NOTHING
                        """,
                        [
                            s.id, s.agency, s.kind.rawValue, s.area, period.label,
                            firing.timeIntervalSince1970, folder,
                            s.webhookURL,
                        ], purpose: "enqueue a report run")
                }
                try c.execute(
                    "UPDATE report_schedule SET fired_through = greatest(fired_through, to_timestamp($2::float8)) WHERE id = $1",
                    [s.id, now.timeIntervalSince1970], purpose: "advance the schedule")
                if !firings.isEmpty {
                    logger.info(
                        "schedule \(s.id): \(firings.count) firing(s) due", metadata: ["area": "\(s.area)"])
                }
            }
            return count
        }
    }

    /// A file-system-safe folder name for an area.
    static func folderName(_ area: String) -> String {
        String(area.map { $0 == "/" || $0 == "\\" || $0 == " " ? "_" : $0 })
    }
}
