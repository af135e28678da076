import AnsimReports
import AnsimStore
import ArgumentParser
import Logging
import ServiceLifecycle

/// `ansim scheduler`: runs stored report schedules until SIGINT or SIGTERM.
struct SchedulerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scheduler",
        abstract: "Run the report schedules until interrupted (SIGINT/SIGTERM stop it gracefully).",
        discussion: """
            Every --interval seconds: turns cron firings since the last check into report runs \
            (firings missed while no scheduler was up are caught up, at most 100 per schedule), \
            then builds and delivers every due run, retrying failures with exponential backoff \
            (the schedule's --backoff, doubled per attempt, up to --max-attempts). Several \
            schedulers may run against one database: a PostgreSQL advisory lock lets one work \
            at a time, and a firing is never run twice. History: `ansim report history`.
            """)

    @Option(help: "Seconds between checks.")
    var interval = 30
    @Flag(help: "Skip PDFs (no weasyprint needed).")
    var noPdf = false
    @Flag(help: "Run one check and exit.")
    var once = false

    func run() async throws {
        LoggingSystem.bootstrap { StreamLogHandler.standardError(label: $0) }
        let logger = Logger(label: "ansim.scheduler")
        let connection = try Database.connect()
        let scheduler = ReportScheduler(
            connection: connection, producer: StandardReportProducer(pdf: !noPdf), logger: logger)
        if once {
            let r = try await scheduler.tick()
            print(
                r.worked
                    ? "\(r.enqueued) enqueued, \(r.attempted) attempted: \(r.succeeded) succeeded, \(r.retrying) to retry, \(r.failed) failed"
                    : "another scheduler holds the lock; nothing done")
            return
        }
        let service = SchedulerService(
            scheduler: scheduler, interval: .seconds(max(1, interval)), logger: logger)
        let group = ServiceGroup(
            configuration: .init(
                services: [service], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
    }
}
