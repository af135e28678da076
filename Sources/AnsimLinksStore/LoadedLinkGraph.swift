import AnsimLinks

/// The link graph as read from the database: the CSR graph, the references' indexes,
/// the entities' database ids, and the version it was read at.
public struct LoadedLinkGraph: Sendable {
    /// The graph (entity `i` is `graph.entities[i]`).
    public let graph: LinkGraph
    /// Entity index by reference.
    public let index: [String: Int]
    /// Database id (`link_entity.id`) of entity `i`.
    public let ids: [Int64]
    /// `link_graph_state.version` when it was read.
    public let version: Int64
    /// Whether any entity is synthetic.
    public let synthetic: Bool

    /// A loaded graph.
    public init(graph: LinkGraph, ids: [Int64], version: Int64, synthetic: Bool) {
        self.graph = graph
        self.index = graph.refIndex()
        self.ids = ids
        self.version = version
        self.synthetic = synthetic
    }

    /// The reference of entity `i`.
    public func ref(_ i: Int) -> String { graph.entities[i].ref }
}
