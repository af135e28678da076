import ArgumentParser

/// `ansim roads`: the routable road graph.
struct RoadsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roads",
        abstract: "Road graphs: load them from juso, OSM or MOCT files, inspect them, route on them.",
        discussion: """
            A road graph is stored in road_graph, road_vertex and road_edge (pgRouting-compatible: \
            cost_car/reverse_cost_car and cost_foot/reverse_cost_foot in seconds, negative where \
            the mode may not go). See docs/ROUTING.md.
            """,
        subcommands: [RoadsLoad.self, RoadsRoute.self, RoadsInfo.self]
    )
}
