import AnsimReports
import AnsimStore
import AnsimTestSupport
import Foundation
import Synchronization
import Testing

/// The scheduler against the test cluster with simulated clocks: catch-up after downtime,
/// the advisory lock with two schedulers, and retries with backoff on a failing webhook.
@Suite(.serialized)
struct SchedulerTests {
    /// Counts the reports it builds (PDF off) per run id.
    final class CountingProducer: ReportProducer {
        let built = Mutex<[Int]>([])
        func produce(_ request: ReportRequest, reportRunID: Int, on connection: Connection) throws
            -> ReportOutput
        {
            built.withLock { $0.append(reportRunID) }
            return try StandardReportProducer(pdf: false).produce(
                request, reportRunID: reportRunID, on: connection)
        }
    }

    static func seoul(_ text: String) -> Date { ISO8601DateFormatter().date(from: text + "+09:00")! }

    static func runs(_ c: Connection) throws -> [(period: String, status: String, attempts: Int)] {
        try c.query("SELECT period, status, attempts FROM report_run ORDER BY scheduled_for", purpose: "test")
            .map {
                ($0[0]!, $0[1]!, try $0.decode(Int.self, at: 2))
            }
    }

    @Test func catchesUpMissedRunsAfterDowntime() async throws {
        let (name, c) = try ReportFixture.database("sched_catchup")
        defer { TestDatabase.dropScratch(name) }
        let out = ReportFixture.folder("catchup")
        _ = try ReportSchedule.add(
            kind: .weekly, area: "시험구", cron: "0 7 * * MON", outDir: out,
            since: Self.seoul("2023-04-01T00:00:00"), on: c)
        let producer = CountingProducer()
        let scheduler = ReportScheduler(connection: c, producer: producer)
        // Down from 1 April to 24 April 08:00: four Mondays were missed.
        let r = try await scheduler.tick(now: Self.seoul("2023-04-24T08:00:00"))
        #expect(r.worked && r.enqueued == 4 && r.attempted == 4 && r.succeeded == 4)
        #expect(try Self.runs(c).map(\.period) == ["2023-W13", "2023-W14", "2023-W15", "2023-W16"])
        #expect(try Self.runs(c).allSatisfy { $0.status == "succeeded" && $0.attempts == 1 })
        #expect(FileManager.default.fileExists(atPath: "\(out)/시험구/2023-W14/report.html"))
        // The same instant again, and an hour later: nothing new.
        let again = try await scheduler.tick(now: Self.seoul("2023-04-24T09:00:00"))
        #expect(again.enqueued == 0 && again.attempted == 0)
        let next = try await scheduler.tick(now: Self.seoul("2023-05-01T07:00:00"))
        #expect(next.enqueued == 1 && next.succeeded == 1)
        #expect(producer.built.withLock { $0.count } == 5)
    }

    @Test func twoSchedulersRunEachFiringOnce() async throws {
        let (name, c) = try ReportFixture.database("sched_two")
        defer { TestDatabase.dropScratch(name) }
        _ = try ReportSchedule.add(
            kind: .weekly, area: "시험구", cron: "0 7 * * MON", outDir: ReportFixture.folder("two"),
            since: Self.seoul("2023-04-01T00:00:00"), on: c)
        let settings = try TestDatabase.settings()
        let producer = CountingProducer()
        let a = ReportScheduler(connection: try Connection(settings, database: name), producer: producer)
        let b = ReportScheduler(connection: try Connection(settings, database: name), producer: producer)
        // While another session holds the lock, a scheduler does nothing.
        try c.execute("SELECT pg_advisory_lock($1)", [ReportScheduler.lockKey], purpose: "test")
        #expect(try await a.tick(now: Self.seoul("2023-04-24T08:00:00")) == .busy)
        try c.execute("SELECT pg_advisory_unlock($1)", [ReportScheduler.lockKey], purpose: "test")
        // Both at once: every firing is built exactly once.
        async let ra = a.tick(now: Self.seoul("2023-04-24T08:00:00"))
        async let rb = b.tick(now: Self.seoul("2023-04-24T08:00:00"))
        let (x, y) = try await (ra, rb)
        #expect(x.enqueued + y.enqueued == 4 && x.attempted + y.attempted == 4)
        #expect(
            try Self.runs(c).count == 4
                && Self.runs(c).allSatisfy { $0.status == "succeeded" && $0.attempts == 1 })
        #expect(producer.built.withLock { $0.sorted() == Array(Set($0)).sorted() && $0.count == 4 })
    }

    @Test func failingWebhookIsRetriedWithBackoff() async throws {
        let (name, c) = try ReportFixture.database("sched_retry")
        defer { TestDatabase.dropScratch(name) }
        let server = try WebhookTestServer(statuses: [500, 503, 200])
        defer { server.stop() }
        let schedule = try ReportSchedule.add(
            kind: .weekly, area: "시험구", cron: "0 7 * * MON", outDir: ReportFixture.folder("retry"),
            webhookURL: server.url, maxAttempts: 5, backoffSeconds: 60,
            since: Self.seoul("2023-04-10T06:00:00"), on: c)
        let producer = CountingProducer()
        let scheduler = ReportScheduler(
            connection: c, producer: producer, webhook: WebhookDelivery(timeout: 10))
        let t0 = Self.seoul("2023-04-10T07:00:00")
        func state() throws -> (String, Int, Double, String?) {
            let r = try c.query(
                "SELECT status, attempts, extract(epoch FROM next_attempt_at), error FROM report_run WHERE schedule_id = $1",
                [schedule.id], purpose: "test")[0]
            return (r[0]!, try r.decode(Int.self, at: 1), Double(r[2]!)!, r[3])
        }
        #expect(try await scheduler.tick(now: t0).retrying == 1)
        var s = try state()
        #expect(
            s.0 == "retrying" && s.1 == 1 && s.2 == t0.timeIntervalSince1970 + 60
                && s.3?.contains("HTTP 500") == true)
        #expect(try await scheduler.tick(now: t0 + 59).attempted == 0)  // not due yet
        #expect(try await scheduler.tick(now: t0 + 60).retrying == 1)
        s = try state()
        #expect(
            s.0 == "retrying" && s.1 == 2 && s.2 == t0.timeIntervalSince1970 + 60 + 120
                && s.3?.contains("HTTP 503") == true)
        #expect(try await scheduler.tick(now: t0 + 180).succeeded == 1)
        s = try state()
        #expect(s.0 == "succeeded" && s.1 == 3 && s.3 == nil)
        // Built once; delivered three times with the figures.
        #expect(producer.built.withLock { $0.count } == 1)
        #expect(
            server.bodies.count == 3 && server.bodies.allSatisfy { $0.contains("\"period\" : \"2023-W14\"") })
        let delivered = try c.query("SELECT delivered_at IS NOT NULL FROM report_run", purpose: "test")[0][0]
        #expect(delivered == "t")
        #expect(ReportScheduler.backoff(base: 60, attempt: 3) == 240)
    }

    @Test func givesUpAfterMaxAttempts() async throws {
        let (name, c) = try ReportFixture.database("sched_giveup")
        defer { TestDatabase.dropScratch(name) }
        let server = try WebhookTestServer(statuses: [500])
        defer { server.stop() }
        _ = try ReportSchedule.add(
            kind: .weekly, area: "시험구", cron: "0 7 * * MON", outDir: ReportFixture.folder("giveup"),
            webhookURL: server.url, maxAttempts: 2, backoffSeconds: 10,
            since: Self.seoul("2023-04-10T06:00:00"), on: c)
        let scheduler = ReportScheduler(connection: c, producer: CountingProducer())
        let t0 = Self.seoul("2023-04-10T07:00:00")
        #expect(try await scheduler.tick(now: t0).retrying == 1)
        #expect(try await scheduler.tick(now: t0 + 10).failed == 1)
        #expect(try await scheduler.tick(now: t0 + 1000).attempted == 0)
        let history = try ReportHistory.list(on: c)
        #expect(history.count == 1 && history[0].status == "failed" && history[0].attempts == 2)
    }
}
