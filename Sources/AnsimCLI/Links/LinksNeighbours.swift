import AnsimLinks
import AnsimLinksStore
import ArgumentParser

/// `ansim links neighbours REF`.
struct LinksNeighbours: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "neighbours", abstract: "An entity's k-hop neighbourhood and the links among it.")
    @Argument(help: "The entity's reference.") var ref: String
    @Option(help: "Links away (1…6).") var hops = 2
    @Option(help: "At most this many entities (the nearest first).") var limit = 500
    @OptionGroup var filter: LinksFilterOptions
    @OptionGroup var actor: LinksActor

    func validate() throws {
        guard (1...6).contains(hops) else { throw ValidationError("--hops must be 1…6") }
        guard limit > 0 else { throw ValidationError("--limit must be positive") }
    }

    func run() throws {
        try actor.print(.neighbours(ref: ref, hops: hops, filter: try filter.filter(), limit: limit))
    }
}

/// `ansim links path A B`.
struct LinksPath: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path", abstract: "The shortest path (or all shortest paths) between two entities.")
    @Argument(help: "The first entity.") var from: String
    @Argument(help: "The second entity.") var to: String
    @Flag(help: "All shortest paths (lexicographic order), not one.") var all = false
    @Option(help: "With --all: at most this many paths.") var limit = 20
    @OptionGroup var filter: LinksFilterOptions
    @OptionGroup var actor: LinksActor

    func run() throws {
        try actor.print(.path(from: from, to: to, filter: try filter.filter(), all: all, limit: limit))
    }
}
