import AnsimLinksStore
import AnsimServer
import Foundation
import Hummingbird

/// Link analysis in the server (issue 10): `GET /v1/links/…` for investigators only
/// (403 for any other role, 401 without a session), each answer audited with the
/// references it returns. The graph is held in memory (``LinksGraphCache``) and read
/// again when `link_graph_state.version` (bumped by every change) has moved.
public struct LinksModule: ServerModule {
    /// The graph held in memory.
    public let cache: LinksGraphCache

    /// A module with an empty cache (the graph is read on the first request).
    public init(cache: LinksGraphCache = LinksGraphCache()) {
        self.cache = cache
    }

    public func register(on r: RouteRegistry, server: ServerContext) {
        LinksSchemas.register(on: r)
        let routes = LinksRoutes(cache: cache, server: server)
        routes.registerEntityRoutes(on: r)
        routes.registerGraphRoutes(on: r)
        routes.registerExport(on: r)
    }
}
