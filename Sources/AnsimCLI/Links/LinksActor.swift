import AnsimLinks
import AnsimLinksStore
import AnsimServer
import AnsimStore
import AnsimSupport
import ArgumentParser
import Foundation

/// Who asks, and why: an investigator account (`--as`), as for `ansim hotline`.
struct LinksActor: ParsableArguments {
    @Option(name: .customLong("as"), help: "The investigator account to act as.")
    var username: String
    @Option(help: "Why (recorded in the audit trail).") var purpose = "link analysis (cli)"
    @Option(name: .customLong("case"), help: "The case number: the audit record's subject.") var caseNumber: String?

    /// Answers `query` as the account, in one transaction: reads the graph as
    /// ansim_investigator, answers, audits.
    func ask(_ query: LinkQuery) throws -> (LoadedLinkGraph, LinkAnswer) {
        let c = try Database.connect()
        let principal = try AccountStore.principal(username, on: c)
        guard principal.role == .investigator else {
            throw AnsimError("\(username) is a \(principal.role.rawValue): only investigators query the link graph")
        }
        let role = principal.role.databaseRole
        return try APIDatabase.transaction(
            c, role: role,
            settings: [
                ("ansim.user", principal.username), ("ansim.org_id", String(principal.orgID)),
                ("ansim.client", "cli"), ("ansim.purpose", purpose),
            ], purpose: purpose
        ) { c in
            let graph = try LinksStore.loadGraph(on: c)
            let answer = try LinksStore.ask(
                query, graph: graph, subject: caseNumber.map { "case:" + $0 }, purpose: purpose, role: role, on: c)
            return (graph, answer)
        }
    }

    /// Answers and prints the JSON.
    func print(_ query: LinkQuery) throws {
        let (_, answer) = try ask(query)
        try Self.write(answer)
    }

    /// Pretty JSON on standard output.
    static func write(_ answer: LinkAnswer) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        FileHandle.standardOutput.write(try encoder.encode(answer) + Data("\n".utf8))
    }
}

/// `--kinds`, `--from`, `--to`.
struct LinksFilterOptions: ParsableArguments {
    @Option(help: "Link kinds walked, comma-separated (called, transferred, registered_to, seen_at, co_offender, victim_of).")
    var kinds: String?
    @Option(help: "Window start (ISO 8601 or YYYY-MM-DD; KST without an offset).") var from: String?
    @Option(help: "Window end, exclusive.") var to: String?

    /// The filter, or a usage error.
    func filter() throws -> LinkFilter {
        do { return try LinkFilter.parse(kinds: kinds, from: from, to: to) } catch let e as LinkQueryError {
            throw ValidationError(e.description)
        }
    }
}
