import AnsimLinks
import AnsimLinksStore
import AnsimSupport
import ArgumentParser
import Foundation

/// `ansim links export REF --format graphml|gexf|geojson`.
struct LinksExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "An entity's neighbourhood as GraphML or GEXF (Gephi) or GeoJSON (located entities).")
    @Argument(help: "The centre entity.") var ref: String
    @Option(help: "Links away (1…6).") var hops = 2
    @Option(help: "At most this many entities.") var limit = 500
    @Option(help: "graphml, gexf or geojson.") var format = "graphml"
    @Option(help: "Write to this file instead of standard output.") var out: String?
    @OptionGroup var filter: LinksFilterOptions
    @OptionGroup var actor: LinksActor

    func run() throws {
        guard let f = LinkExportFormat(rawValue: format) else {
            throw ValidationError("--format must be graphml, gexf or geojson")
        }
        let (graph, answer) = try actor.ask(.neighbours(ref: ref, hops: hops, filter: try filter.filter(), limit: limit))
        let text = graph.export(answer, as: f)
        if let out {
            guard FileManager.default.createFile(atPath: out, contents: Data(text.utf8)) else {
                throw AnsimError("cannot write \(out)")
            }
            print("\(answer.entityIndexes.count) entities, \(answer.linkIndexes.count) links → \(out) (audited)")
        } else {
            print(text)
        }
    }
}
