import ArgumentParser

/// `ansim links`: link analysis of people, phones, accounts and cases (issue 10).
struct LinksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "links",
        abstract: "Link analysis: load exports, query the graph (investigators only, audited).",
        discussion: """
            The graph is the tables link_entity and link (sql/013_links.sql), filled by \
            `ansim links load` from call-detail, transfer and case–person exports, or by \
            `ansim synth links` (labelled synthetic). Queries act as a named investigator \
            account (--as): they run in one transaction as ansim_investigator, read the graph \
            under row-level security, and append an audit record naming the query and every \
            reference returned. Output is JSON. See docs/LINKS.md.

            EXAMPLES
              ansim links load --cdr cdr.csv
              ansim links neighbours PER-0000017 --hops 2 --kinds called,transferred --as kim.inv
              ansim links path PER-0000017 ACC-0000301 --all --as kim.inv
              ansim links communities --resolution 5 --as kim.inv
              ansim links flow ACC-0000301 --backward --as kim.inv
              ansim links export PER-0000017 --format gexf --out ring.gexf --as kim.inv
            """,
        subcommands: [
            LinksLoad.self, LinksNeighbours.self, LinksPath.self, LinksComponents.self, LinksCommunities.self,
            LinksPageRank.self, LinksBetweenness.self, LinksFlow.self, LinksResolve.self, LinksExport.self,
        ])
}
