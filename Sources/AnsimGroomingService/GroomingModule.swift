import AnsimGrooming
import AnsimServer
import AnsimStore
import Foundation
import Hummingbird

/// Grooming scoring's part of the server: `POST /v1/conversations/{id}/messages` and
/// the counsellors' alert queue under `/v1/grooming/alerts` (the hotline's geofence
/// alerts live at `/hotline/alerts`).
public struct GroomingModule: ServerModule {
    /// The module.
    public init() {}

    public func register(on r: RouteRegistry, server: ServerContext) {
        GroomingSchemas.register(on: r)
        let routes = GroomingRoutes(store: GroomingStore(cipher: server.cipher), server: server)
        routes.registerMessages(on: r)
        routes.registerAlerts(on: r)
    }
}
