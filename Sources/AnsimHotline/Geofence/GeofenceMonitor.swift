import AnsimServer
import AnsimStore
import Foundation
import Logging
import ServiceLifecycle

/// The running geofence: the engine, fed with fixes, loaded with the active orders'
/// places from the database, writing alerts to `hotline_alert` and handing them to the
/// notifier. A `Service`: it reloads the orders every `reloadInterval` until shutdown.
///
/// Runs as the `ansim_monitor` database role, which reads orders, places and the
/// columns of cases it needs (no names, no contacts) and writes alerts.
public actor GeofenceMonitor: Service {
    let engine: GeofenceEngine
    let database: APIDatabase
    let notifier: any AlertNotifier
    let clock: ServerClock
    let reloadInterval: Duration
    let logger: Logger
    let metrics: ServerMetrics?
    /// The agency whose cases are watched (nil: every agency).
    public let agency: String?
    /// How old an undelivered alert must be before a periodic sweep delivers it again
    /// (younger ones may still be in ``ingest(_:)``'s hands).
    let redeliveryGrace: Duration = .seconds(30)

    /// A monitor; call ``reload()`` (or run it as a service) before ingesting. With
    /// `agency`, only the cases of that agency's police organisations (and cases without
    /// one) are watched and redelivered.
    public init(
        database: APIDatabase, notifier: any AlertNotifier,
        parameters: GeofenceParameters = GeofenceParameters(),
        clock: ServerClock = .system, reloadInterval: Duration = .seconds(60), metrics: ServerMetrics? = nil,
        logger: Logger = Logger(label: "ansim.geofence"), agency: String? = nil
    ) {
        self.agency = agency
        self.engine = GeofenceEngine(places: [], parameters: parameters)
        self.database = database
        self.notifier = notifier
        self.clock = clock
        self.reloadInterval = reloadInterval
        self.metrics = metrics
        self.logger = logger
    }

    /// Loads the places of every active no-approach or monitoring order; returns their count.
    @discardableResult
    public func reload() async throws -> Int {
        let today = clock.now()
        let places = try await database.withSystemScope(
            role: "ansim_monitor", actor: "geofence", purpose: "load active orders"
        ) { [agency] c in try GeofenceMonitor.activePlaces(on: c, at: today, agency: agency) }
        engine.replacePlaces(places)
        return places.count
    }

    /// Checks fixes, records and delivers the alerts they raise, and returns them.
    ///
    /// An alert is committed (`delivered_at` NULL) before it is handed to the notifier and
    /// marked delivered after: when the delivery fails or the server dies in between,
    /// ``redeliver(olderThan:)`` delivers it later (at least once; case, place, level and
    /// fix time are the deduplication key). An alert already recorded for the same key (the
    /// same fixes sent again after a restart, which the engine forgot) is returned but
    /// neither recorded nor delivered again.
    public func ingest(_ fixes: [GeofenceFix]) async throws -> [GeofenceAlert] {
        var alerts: [GeofenceAlert] = []
        for f in fixes { alerts += engine.process(f) }
        metrics?.registry.makeCounter(name: "ansim_geofence_fixes_total").increment(by: Int64(fixes.count))
        guard !alerts.isEmpty else { return [] }
        let batch = alerts
        let recorded = try await database.withSystemScope(
            role: "ansim_monitor", actor: "geofence", purpose: "record geofence alerts"
        ) {
            c in try GeofenceMonitor.insert(batch, on: c)
        }
        for (a, _) in recorded {
            metrics?.registry.makeCounter(
                name: "ansim_geofence_alerts_total", labels: [("level", a.level.rawValue)]
            )
            .increment()
        }
        await deliver(recorded)
        return alerts
    }

    /// Moves a watched place (the victim's shared location) without reloading.
    public func movePlace(id: Int64, x: Double, y: Double) {
        engine.movePlace(id: id, x: x, y: y)
    }

    /// Places watched now.
    public var placeCount: Int { engine.placeCount }

    public func run() async throws {
        var first = true
        while !Task.isShuttingDownGracefully {
            do {
                let n = try await reload()
                logger.debug("geofence orders loaded", metadata: ["places": "\(n)"])
            } catch {
                logger.error("geofence reload failed", metadata: ["error": "\(error)"])
            }
            do {
                // At start every undelivered alert is a leftover of the previous process.
                try await redeliver(olderThan: first ? .zero : redeliveryGrace)
            } catch {
                logger.error("geofence redelivery failed", metadata: ["error": "\(error)"])
            }
            first = false
            let interval = reloadInterval
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
            if Task.isCancelled { break }
        }
    }
}
