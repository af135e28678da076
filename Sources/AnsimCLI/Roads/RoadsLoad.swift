import AnsimRouting
import AnsimRoutingStore
import AnsimStore
import ArgumentParser
import Foundation

/// `ansim roads load <path>`.
struct RoadsLoad: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Build a routable graph from a road file and store it.",
        discussion: """
            juso: the 도로명주소 road sections (TL_SPRD_MANAGE.shp), noded at every crossing. \
            osm: .osm, .osm.pbf or .osm.bz2, highways split where ways share a node. \
            moct: the national node-link MOCT_LINK.shp (F_NODE/T_NODE topology). \
            The format is detected when --format is not given. Loading the same file again \
            under the same name changes nothing; a different file replaces the graph.
            """
    )

    @Argument(help: "The road file.")
    var path: String

    @Option(help: "juso, osm or moct (default: detected).")
    var format: RoadFormat?

    @Option(help: "The graph's name (default: the file's base name).")
    var name: String?

    func run() throws {
        let connection = try Database.connect()
        let started = Date()
        let report = try RoadGraphLoader().load(path: path, format: format, name: name, on: connection)
        let s = report.summary
        print(
            "road graph \(report.name) (id \(report.id), \(report.format.rawValue)): \(report.outcome.rawValue); "
                + "\(report.lines) lines read, \(report.skipped) features skipped")
        print(
            "  \(s.vertices) vertices, \(s.edges) edges, \(s.components) components, largest "
                + String(format: "%.1f%% of vertices", s.largestComponentShare * 100)
                + String(format: " (%.2f s)", Date().timeIntervalSince(started)))
    }
}

extension RoadFormat: ExpressibleByArgument {}
extension TravelMode: ExpressibleByArgument {}
