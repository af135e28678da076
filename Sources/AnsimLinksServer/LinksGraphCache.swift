import AnsimLinksStore
import AnsimStore
import Synchronization

/// The link graph held in memory by the server, read again when its version moved.
public final class LinksGraphCache: Sendable {
    let graph = Mutex<LoadedLinkGraph?>(nil)

    public init() {}

    /// The current graph, checked against `link_graph_state.version` on `c` (the
    /// request's transaction, as the investigator: row-level security lets the rows
    /// through) and read again when it moved.
    public func current(on c: Connection) throws -> LoadedLinkGraph {
        let version = try LinksStore.version(on: c)
        if let g = graph.withLock({ $0 }), g.version == version { return g }
        let fresh = try LinksStore.loadGraph(on: c)
        graph.withLock { held in
            if held == nil || held!.version < fresh.version { held = fresh }
        }
        return fresh
    }

    /// The version held (nil before the first read).
    public var version: Int64? { graph.withLock { $0?.version } }
}
