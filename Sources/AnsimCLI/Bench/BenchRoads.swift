import AnsimRouting
import AnsimRoutingStore
import AnsimStore
import AnsimSupport
import ArgumentParser
import Foundation

/// `ansim bench roads`: shortest paths per second, Ansim against pgRouting.
struct BenchRoads: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roads",
        abstract: "Shortest paths per second on a road graph: Ansim against pgr_dijkstra.",
        discussion: """
            Draws --pairs random vertex pairs (fixed seed) from the largest component of the \
            graph (load it first: ansim roads load …/TL_SPRD_MANAGE.shp --name gangnam) and \
            times (fastest of --rounds), for --mode: Ansim's Dijkstra, bidirectional Dijkstra and A* one pair at a \
            time; Ansim's one-to-many travel-time matrix of --matrix × --matrix points on one \
            and on two threads; pgr_dijkstra one call per pair; and pgr_dijkstraCost's \
            many-to-many form on the same matrix. Graph loading is not timed. Every Ansim \
            cost is checked against pgRouting's (1e-6 relative) and mismatches are counted.
            """
    )

    @Option(help: "The graph.")
    var graph = "gangnam"

    @Option(help: "car or foot.")
    var mode: TravelMode = .car

    @Option(help: "Random vertex pairs for the one-to-one methods.")
    var pairs = 300

    @Option(help: "Points per side of the many-to-many matrix.")
    var matrix = 150

    @Option(help: "Timed rounds of each Ansim method (the fastest is reported).")
    var rounds = 5

    @Option(help: "The random seed.")
    var seed: UInt64 = 1

    func validate() throws {
        guard pairs > 0, matrix > 0, rounds > 0 else {
            throw ValidationError("--pairs, --matrix and --rounds must be positive")
        }
    }

    func run() throws {
        let connection = try Database.connect()
        let info = try RoadGraphStore.find(graph, on: connection)
        let roads = RoadGraph(
            network: try RoadGraphStore.network(graph: info.id, on: connection), name: info.name)
        let (labels, _) = roads.network.components()
        let main = labels.indices.filter { labels[$0] == 0 }.map(Int32.init)
        var random = BenchRandom(seed: seed)
        let pairList = (0..<pairs).map { _ in (random.pick(main), random.pick(main)) }
        let points = (0..<matrix).map { _ in random.pick(main) }
        print(
            "road graph \(info.name): \(roads.network.vertices.count) vertices, \(roads.network.edges.count) edges; "
                + "\(mode.rawValue) costs; \(pairs) pairs, \(matrix)×\(matrix) matrix")

        let reference = try pgrOneToOne(pairList, graphID: info.id, on: connection)
        let referenceMatrix = try pgrMatrix(points, graphID: info.id, on: connection)
        var rows: [BenchRoadsRow] = [
            BenchRoadsRow(
                method: "pgr_dijkstra, one call per pair", paths: pairs, seconds: reference.seconds),
            BenchRoadsRow(
                method: "pgr_dijkstraCost, many-to-many", paths: matrix * matrix,
                seconds: referenceMatrix.seconds),
        ]
        let search = PathSearch(graph: roads.graph(mode))
        var mismatches = 0
        for (name, algorithm) in [
            ("Ansim Dijkstra", search.dijkstra), ("Ansim bidirectional Dijkstra", search.bidirectional),
            ("Ansim A*", search.aStar),
        ] as [(String, (Int32, Int32) -> Double?)] {
            var costs: [Double?] = []
            let seconds = BenchRoads.time(rounds) { costs = pairList.map { algorithm($0.0, $0.1) } }
            mismatches += zip(costs, reference.costs).filter { !BenchRoads.same($0, $1) }.count
            rows.append(BenchRoadsRow(method: name + ", one pair at a time", paths: pairs, seconds: seconds))
        }
        for threads in [1, 2] {
            var result: [[Double]] = []
            let seconds = BenchRoads.time(rounds) { result = matrixTimes(roads, points, threads: threads) }
            for (i, row) in result.enumerated() {
                for (j, cost) in row.enumerated()
                where !BenchRoads.same(cost.isFinite ? cost : nil, referenceMatrix.costs[i][j]) {
                    mismatches += 1
                }
            }
            rows.append(
                BenchRoadsRow(
                    method: "Ansim one-to-many matrix, \(threads) thread\(threads > 1 ? "s" : "")",
                    paths: matrix * matrix, seconds: seconds))
        }
        BenchRoadsRow.print(rows, oneToOne: rows[0], manyToMany: rows[1])
        print(
            mismatches == 0
                ? "all costs equal pgRouting's" : "MISMATCHES: \(mismatches) costs differ from pgRouting's")
    }
}
