import AnsimLookup
import AnsimLookupStore
import AnsimServer
import Foundation
import Hummingbird
import Logging
import ServiceLifecycle

/// The incident lookup's part of the server: `POST /lookup`, `POST /fixes` (NDJSON),
/// `GET /incidents/{id}/events` (Server-Sent Events to the officers dispatched), and the
/// refresher that keeps the indexes warm from PostGIS NOTIFY.
public struct LookupModule: ServerModule {
    /// The store whose engine answers.
    public let store: LookupStore
    /// Whether to run the NOTIFY refresher (tests that drive refreshes themselves: false).
    public let listen: Bool
    let channels = IncidentChannels()
    let audit = LookupAuditQueue()

    /// The module over a loaded `store`.
    public init(store: LookupStore, listen: Bool = true) {
        self.store = store
        self.listen = listen
    }

    public func services(server: ServerContext) -> [any Service] {
        var list: [any Service] = [LookupAuditFlush(queue: audit)]
        if listen { list.insert(LookupRefresher(store: store), at: 0) }
        return list
    }

    public func register(on r: RouteRegistry, server: ServerContext) {
        LookupSchemas.register(on: r)
        audit.attach(server.database)
        let routes = LookupRoutes(store: store, server: server, channels: channels, audit: audit)
        routes.registerLookup(on: r)
        routes.registerFixes(on: r)
        routes.registerEvents(on: r)
    }

    /// Returns when every lookup answered so far has its audit record committed.
    public func flushAudit() async {
        await audit.flush()
    }
}

/// The handlers.
struct LookupRoutes: Sendable {
    let store: LookupStore
    let server: ServerContext
    let channels: IncidentChannels
    let audit: LookupAuditQueue

    /// Who may look up (analysts get the result without identities).
    static let lookupRoles: Set<AppRole> = [.dispatcher, .patrolOfficer, .analyst]

    func now() -> Int64 { Int64((server.clock.now().timeIntervalSince1970 * 1000).rounded()) }

    /// The JSON a role may see.
    static func encode(_ result: LookupResult, for role: AppRole) throws -> Data {
        LookupJSON.encode(role == .analyst ? result.redactedForAnalyst() : result)
    }

    static func json(bytes: [UInt8], status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json"],
            body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    static func json(_ data: Data, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json"],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
