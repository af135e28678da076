import AnsimRouting
import AnsimRoutingStore
import AnsimStore
import AnsimTestSupport
import Foundation
import Testing

/// The whole Gangnam juso graph (about 0.6 s to load) in a scratch database: costs equal
/// `pgr_dijkstra` on the same edges; loading is idempotent; a different build replaces it.
@Suite(.serialized)
struct RoadStoreTests {
    @Test func costsEqualPgrDijkstraAndReloadChangesNothing() throws {
        let (db, c) = try TestDatabase.migratedScratch("roads")
        defer { TestDatabase.dropScratch(db) }
        let loader = RoadGraphLoader()
        let path = try RoadFixtures.gangnam
        let first = try loader.load(path: path, name: "gangnam_test", on: c)
        #expect(first.outcome == .created)
        #expect(first.format == .juso)
        #expect(first.summary.edges > 1000)
        let again = try loader.load(path: path, name: "gangnam_test", on: c)
        #expect(again.outcome == .unchanged && again.id == first.id)
        let counts = try c.query(
            "SELECT (SELECT count(*) FROM road_vertex), (SELECT count(*) FROM road_edge), (SELECT count(*) FROM road_graph)",
            purpose: "count")[0]
        #expect(try counts.decode(Int.self, at: 0) == first.summary.vertices)
        #expect(try counts.decode(Int.self, at: 1) == first.summary.edges)
        #expect(try counts.decode(Int.self, at: 2) == 1)

        let graph = try RoadGraph.load(name: "gangnam_test", on: c)
        #expect(graph.network.edges.count == first.summary.edges)
        for mode in TravelMode.allCases {
            try compareWithPgRouting(graph, mode: mode, graphID: first.id, on: c)
        }

        // A clipped build is a different build: the graph is replaced under the same id.
        let clipped = RoadGraphLoader(reader: RoadFileReader(clip: RoadFixtures.clip))
        let replaced = try clipped.load(path: path, name: "gangnam_test", on: c)
        #expect(replaced.outcome == .replaced && replaced.id == first.id)
        let edges = try c.query("SELECT count(*) FROM road_edge", purpose: "count")[0].decode(Int.self, at: 0)
        #expect(edges == replaced.summary.edges && edges < first.summary.edges)
    }

    /// Random vertex pairs (some in small components, so some unreachable): Ansim's
    /// Dijkstra, bidirectional and A* against pgr_dijkstra's many-to-many answer.
    func compareWithPgRouting(_ graph: RoadGraph, mode: TravelMode, graphID: Int, on c: Connection) throws {
        var random = ShortestPathTests.Random(state: mode == .car ? 11 : 12)
        let n = graph.network.vertices.count
        let (labels, _) = graph.network.components()
        let small = labels.indices.filter { labels[$0] > 0 }
        var sources = (0..<12).map { _ in random.int(n) }
        var targets = (0..<12).map { _ in random.int(n) }
        sources += small.prefix(2)
        targets += small.suffix(2)
        let sql = """
            SELECT start_vid, end_vid, agg_cost FROM pgr_dijkstra(
              'SELECT id, source, target, cost_\(mode.rawValue) AS cost, reverse_cost_\(mode.rawValue) AS reverse_cost
               FROM road_edge WHERE graph_id = \(graphID)', $1::bigint[], $2::bigint[], true)
            WHERE edge = -1
            """
        let rows = try c.query(
            sql, [sources.map { $0 + 1 }, targets.map { $0 + 1 }], purpose: "pgr_dijkstra")
        var reference: [[Int]: Double] = [:]
        for row in rows {
            reference[[try row.decode(Int.self, at: 0) - 1, try row.decode(Int.self, at: 1) - 1]] =
                try row.decode(Double.self, at: 2)
        }
        let search = PathSearch(graph: graph.graph(mode))
        var reachable = 0
        var unreachable = 0
        for s in sources {
            let row = search.oneToMany(from: Int32(s), to: targets.map(Int32.init))
            for (j, t) in targets.enumerated() where s != t {
                let expected = reference[[s, t]]
                let got = search.dijkstra(from: Int32(s), to: Int32(t))
                if let expected {
                    reachable += 1
                    let tolerance = 1e-6 * max(1, expected)
                    #expect(abs((got ?? .infinity) - expected) <= tolerance, "\(mode) \(s)→\(t)")
                    #expect(abs(row[j] - expected) <= tolerance)
                    #expect(
                        abs((search.bidirectional(from: Int32(s), to: Int32(t)) ?? .infinity) - expected)
                            <= tolerance)
                    #expect(
                        abs((search.aStar(from: Int32(s), to: Int32(t)) ?? .infinity) - expected) <= tolerance
                    )
                } else {
                    unreachable += 1
                    #expect(got == nil, "\(mode) \(s)→\(t): pgRouting finds no path")
                    #expect(row[j] == .infinity)
                }
            }
        }
        #expect(reachable > 50)
        #expect(unreachable > 0)
    }
}
