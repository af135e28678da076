import AnsimLinks

/// One question an investigator asks of the graph (the CLI's subcommands and the API's
/// routes build these; ``LoadedLinkGraph/answer(_:rings:)`` answers them).
public enum LinkQuery: Sendable, Equatable {
    /// Entities within `hops` links of `ref` (at most `limit`) and the links among them.
    case neighbours(ref: String, hops: Int, filter: LinkFilter, limit: Int)
    /// The shortest path(s) between two entities (all of them, at most `limit`, when `all`).
    case path(from: String, to: String, filter: LinkFilter, all: Bool, limit: Int)
    /// Connected components of at least `minSize` entities, the `top` largest listed.
    case components(filter: LinkFilter, minSize: Int, top: Int)
    /// Louvain communities at `resolution`, the `top` largest of at least `minSize` listed.
    case communities(filter: LinkFilter, resolution: Double, minSize: Int, top: Int)
    /// The `top` entities by PageRank.
    case pageRank(filter: LinkFilter, top: Int)
    /// The `top` entities by betweenness (`samples` sources; nil: all).
    case betweenness(filter: LinkFilter, samples: Int?, top: Int)
    /// Money forward from (or backward into) an account, time-respecting.
    case flow(ref: String, forward: Bool, time: Int64?, hops: Int, filter: LinkFilter)
    /// Entity-resolution hints (for one person, or all), at most `limit`.
    case resolve(ref: String?, minShared: Int, limit: Int)

    /// The query's name (the CLI subcommand; the audit action's first word).
    public var name: String {
        switch self {
        case .neighbours: "neighbours"
        case .path: "path"
        case .components: "components"
        case .communities: "communities"
        case .pageRank: "pagerank"
        case .betweenness: "betweenness"
        case .flow: "flow"
        case .resolve: "resolve"
        }
    }

    /// The query in one line, for the audit trail.
    public var description: String {
        switch self {
        case .neighbours(let ref, let hops, let f, let limit): "neighbours \(ref) hops=\(hops) limit=\(limit)\(Self.text(f))"
        case .path(let a, let b, let f, let all, _): "path \(a) \(b)\(all ? " all" : "")\(Self.text(f))"
        case .components(let f, let m, let t): "components min=\(m) top=\(t)\(Self.text(f))"
        case .communities(let f, let r, let m, let t): "communities resolution=\(r) min=\(m) top=\(t)\(Self.text(f))"
        case .pageRank(let f, let t): "pagerank top=\(t)\(Self.text(f))"
        case .betweenness(let f, let s, let t): "betweenness samples=\(s.map(String.init) ?? "all") top=\(t)\(Self.text(f))"
        case .flow(let ref, let fw, let time, let hops, let f):
            "flow \(ref) \(fw ? "forward" : "backward") at=\(time.map(LinkExport.iso) ?? "-") hops=\(hops)\(Self.text(f))"
        case .resolve(let ref, let m, _): "resolve \(ref ?? "all") min_shared=\(m)"
        }
    }

    /// The filter's kinds and window, as text (empty for no filter).
    static func text(_ f: LinkFilter) -> String {
        var s = ""
        if f.kinds != LinkFilter.all.kinds {
            s += " kinds=" + LinkKind.allCases.filter { f.kinds & (1 << $0.index) != 0 }.map(\.rawValue).joined(separator: ",")
        }
        if let from = f.from { s += " from=" + LinkExport.iso(from) }
        if let to = f.to { s += " to=" + LinkExport.iso(to) }
        return s
    }
}

/// Why a query cannot be answered.
public struct LinkQueryError: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String
    /// True when a named entity does not exist (HTTP 404).
    public var notFound: Bool
    public init(_ description: String, notFound: Bool = false) {
        self.description = description
        self.notFound = notFound
    }
}
