import AnsimStore
import Foundation
import Logging
import ServiceLifecycle

/// The scheduler as a swift-service-lifecycle `Service`: ticks ``ReportScheduler`` every
/// `interval` until graceful shutdown (SIGINT/SIGTERM in a `ServiceGroup`), finishing the
/// report in hand first. `ansim scheduler` runs it alone; `ansim serve` can add it to its group.
public struct SchedulerService: Service {
    public let scheduler: ReportScheduler
    public let interval: Duration
    let logger: Logger

    public init(
        scheduler: ReportScheduler, interval: Duration = .seconds(30),
        logger: Logger = Logger(label: "ansim.scheduler")
    ) {
        (self.scheduler, self.interval, self.logger) = (scheduler, interval, logger)
    }

    public func run() async throws {
        logger.info("scheduler started; checking schedules every \(interval)")
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            do {
                let r = try await scheduler.tick()
                if !r.worked {
                    logger.debug("another scheduler holds the lock; standing by")
                } else if r.enqueued + r.attempted > 0 {
                    logger.info(
                        "tick: \(r.enqueued) enqueued, \(r.attempted) attempted, \(r.succeeded) succeeded, \(r.retrying) to retry, \(r.failed) failed"
                    )
                }
            } catch {
                logger.error("tick failed: \(error)")
            }
            // Sleep until the next tick, waking at once on shutdown.
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
        }
        logger.info("scheduler stopped")
    }
}
