import AnsimLinks
import AnsimLinksStore
import ArgumentParser

/// `ansim links flow ACCOUNT`.
struct LinksFlow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "flow",
        abstract: "Money from (or, with --backward, into) an account along time-respecting transfers.")
    @Argument(help: "The account's reference.") var ref: String
    @Flag(help: "Where the money came from, not where it went.") var backward = false
    @Option(help: "Start time (forward: no earlier; backward: no later).") var at: String?
    @Option(help: "At most this many transfers.") var hops = 6
    @OptionGroup var filter: LinksFilterOptions
    @OptionGroup var actor: LinksActor

    func run() throws {
        let time: Int64?
        do { time = try LinkFilter.time(at, "--at") } catch { throw ValidationError("\(error)") }
        try actor.print(.flow(ref: ref, forward: !backward, time: time, hops: hops, filter: try filter.filter()))
    }
}

/// `ansim links resolve [PERSON]`.
struct LinksResolve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolve",
        abstract: "Entity-resolution hints: persons sharing phones, accounts, addresses, devices or vehicles.")
    @Argument(help: "Only this person's hints.") var ref: String?
    @Option(help: "Only pairs sharing at least this many identifiers.") var minShared = 1
    @Option(help: "List this many.") var limit = 100
    @OptionGroup var actor: LinksActor

    func run() throws {
        try actor.print(.resolve(ref: ref, minShared: minShared, limit: limit))
    }
}
