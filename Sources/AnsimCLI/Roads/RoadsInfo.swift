import AnsimRouting
import AnsimRoutingStore
import AnsimStore
import ArgumentParser
import Foundation

/// `ansim roads info`.
struct RoadsInfo: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Counts, components and kilometres by road class of a stored graph.")

    @Option(help: "The graph (default: the newest).")
    var graph: String?

    func run() throws {
        let connection = try Database.connect()
        let info = try RoadGraphStore.find(graph, on: connection)
        let network = try RoadGraphStore.network(graph: info.id, on: connection)
        let s = network.summary()
        print(
            "road graph \(info.name) (id \(info.id)): \(info.source) \(info.sourceFile), loaded \(info.createdAt)"
        )
        print(
            "  \(s.vertices) vertices, \(s.edges) edges, \(s.components) components, largest "
                + String(format: "%.1f%% of vertices", s.largestComponentShare * 100))
        let oneWay = network.edges.filter { ($0.cost.0 < 0) != ($0.reverseCost.0 < 0) }.count
        let footOnly = network.edges.filter { $0.cost.0 < 0 && $0.reverseCost.0 < 0 }.count
        print("  \(oneWay) one-way edges for cars, \(footOnly) edges closed to cars")
        let total = s.kilometresByClass.values.reduce(0, +)
        print(String(format: "  %.1f km in all:", total))
        for (cls, km) in s.kilometresByClass.sorted(by: { $0.value > $1.value }) {
            print(
                "    " + cls.padding(toLength: max(16, cls.count), withPad: " ", startingAt: 0)
                    + String(format: " %8.1f km", km))
        }
    }
}
