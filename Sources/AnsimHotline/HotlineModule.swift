import AnsimServer
import AnsimStore
import Foundation
import Hummingbird
import ServiceLifecycle

/// The hotline's part of the server: case, order, place, support, alert and report
/// routes, and the geofence monitor as a service.
public struct HotlineModule: ServerModule {
    /// The geofence monitor fed by POST /hotline/fixes (nil: the route answers 503).
    public let monitor: GeofenceMonitor?

    /// The module, with the monitor that should receive fixes.
    public init(monitor: GeofenceMonitor?) { self.monitor = monitor }

    public func services(server: ServerContext) -> [any Service] {
        monitor.map { [$0] } ?? []
    }

    public func register(on r: RouteRegistry, server: ServerContext) {
        HotlineSchemas.register(on: r)
        let routes = HotlineRoutes(
            store: HotlineStore(cipher: server.cipher), server: server, monitor: monitor)
        routes.registerCases(on: r)
        routes.registerChildren(on: r)
        routes.registerReports(on: r)
    }
}
