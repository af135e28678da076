import AnsimLinks
import AnsimLinksStore
import ArgumentParser

/// `ansim links components`.
struct LinksComponents: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "components", abstract: "Connected components (largest first).")
    @Option(help: "Only components of at least this many entities.") var minSize = 3
    @Option(help: "List this many.") var top = 20
    @OptionGroup var filter: LinksFilterOptions
    @OptionGroup var actor: LinksActor

    func run() throws {
        try actor.print(.components(filter: try filter.filter(), minSize: minSize, top: top))
    }
}

/// `ansim links communities`.
struct LinksCommunities: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "communities",
        abstract: "Louvain communities (largest first); on a synthetic graph, scored against the planted rings.",
        discussion: """
            At resolution 1 the planted rings merge with their victims' circles (the \
            resolution limit of modularity); 5 separates them (docs/LINKS.md).
            """)
    @Option(help: "Louvain resolution γ.") var resolution = 5.0
    @Option(help: "Only communities of at least this many entities.") var minSize = 3
    @Option(help: "List this many.") var top = 20
    @OptionGroup var filter: LinksFilterOptions
    @OptionGroup var actor: LinksActor

    func validate() throws {
        guard resolution > 0 else { throw ValidationError("--resolution must be positive") }
    }

    func run() throws {
        try actor.print(.communities(filter: try filter.filter(), resolution: resolution, minSize: minSize, top: top))
    }
}

/// `ansim links pagerank`.
struct LinksPageRank: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pagerank", abstract: "Entities by PageRank (networkx's definition).")
    @Option(help: "List this many.") var top = 20
    @OptionGroup var filter: LinksFilterOptions
    @OptionGroup var actor: LinksActor

    func run() throws {
        try actor.print(.pageRank(filter: try filter.filter(), top: top))
    }
}

/// `ansim links betweenness`.
struct LinksBetweenness: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "betweenness", abstract: "Entities by betweenness (Brandes; sampled on large graphs).")
    @Option(help: "List this many.") var top = 20
    @Option(help: "Source entities sampled (default: all up to 2000 entities, else 200).") var samples: Int?
    @OptionGroup var filter: LinksFilterOptions
    @OptionGroup var actor: LinksActor

    func run() throws {
        try actor.print(.betweenness(filter: try filter.filter(), samples: samples, top: top))
    }
}
