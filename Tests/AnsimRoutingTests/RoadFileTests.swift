import AnsimRouting
import AnsimRoutingStore
import AnsimTestSupport
import Foundation
import Testing

/// Reading OSM, MOCT and juso files into networks, and refusing bad ones.
struct RoadFileTests {
    @Test func osmWaysSplitAtSharedNodesWithOneWaysBothWays() throws {
        let folder = try TestEnvironment.temporaryFolder("roads-osm")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let read = try RoadFileReader().read(path: try RoadFixtures.osm(in: folder))
        #expect(read.format == .osm)
        #expect(read.lines.count == 5)  // the stream is not a road
        let network = NetworkBuilder.build(read.lines, rule: read.format.nodingRule)
        // Way 10 splits at node 2 (shared with the footway): 5 edges + the bridge = 6.
        #expect(network.edges.count == 6)
        #expect(network.vertices.count == 8)
        #expect(network.components().sizes == [6, 2])  // the bridge does not touch the street
        let bySource = Dictionary(grouping: network.edges, by: \.sourceKey)
        let yes = try #require(bySource["11"]?.first)
        #expect(yes.cost(.car) > 0 && yes.reverseCost(.car) < 0)
        let minus = try #require(bySource["12"]?.first)
        #expect(minus.cost(.car) < 0 && minus.reverseCost(.car) > 0)
        #expect(minus.cost(.foot) > 0 && minus.reverseCost(.foot) > 0)
        let footway = try #require(bySource["13"]?.first)
        #expect(footway.cost(.car) < 0 && footway.cost(.foot) > 0)
        let bridge = try #require(bySource["14"]?.first)
        #expect(abs(bridge.cost(.car) - bridge.length / (60 / 3.6)) < 1e-9)
        // One-way rules in the search: cars go 3 → 4 and 5 → 4 only (4 is a dead end).
        let graph = RoadGraph(network: network)
        let v = { (p: Point2) in Int32(network.vertices.firstIndex { $0.distance(to: p) < 1e-6 }!) }
        let (n3, n4, n5) = (v(yes.points[0]), v(yes.points.last!), v(minus.points.last!))
        let car = PathSearch(graph: graph.graph(.car))
        #expect(car.dijkstra(from: n3, to: n4) == yes.cost(.car))
        #expect(car.dijkstra(from: n5, to: n4) == minus.reverseCost(.car))
        #expect(car.dijkstra(from: n4, to: n3) == nil)
        #expect(car.dijkstra(from: n4, to: n5) == nil)
        let foot = PathSearch(graph: graph.graph(.foot))
        #expect(foot.dijkstra(from: n4, to: n5) == minus.cost(.foot))
        #expect(foot.dijkstra(from: n4, to: n3) == yes.reverseCost(.foot))
    }

    @Test func osmTagsParseOneWayAndSpeeds() {
        #expect(SpeedTable.osmOneWay(highway: "residential", tags: ["oneway": "-1"]) == .backward)
        #expect(SpeedTable.osmOneWay(highway: "primary", tags: ["junction": "roundabout"]) == .forward)
        #expect(SpeedTable.osmOneWay(highway: "motorway", tags: ["oneway": "no"]) == .both)
        #expect(SpeedTable.osm(highway: "primary", tags: ["maxspeed": "30 mph"])?.car == 30 * 1.609344)
        #expect(SpeedTable.osm(highway: "service", tags: ["access": "private"]) == nil)
        #expect(SpeedTable.osm(highway: "motorway", tags: [:])?.foot == nil)
        #expect(SpeedTable.osm(highway: "proposed", tags: [:]) == nil)
    }

    @Test func moctLinksKeepTheirNodesAndDirections() throws {
        let folder = try TestEnvironment.temporaryFolder("roads-moct")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let read = try RoadFileReader().read(path: try RoadFixtures.moct(in: folder))
        #expect(read.format == .moct)
        let network = NetworkBuilder.build(read.lines, rule: .givenTopology)
        #expect(network.vertices.count == 3)
        #expect(network.edges.count == 3)
        // EPSG:5186 → 5179 by PROJ keeps lengths within a few centimetres per 100 m.
        #expect(network.edges.allSatisfy { abs($0.length - 100) < 0.1 })
        let l3 = try #require(network.edges.first { $0.sourceKey == "L3" })
        #expect(l3.reverseCost(.car) < 0)
        #expect(abs(l3.cost(.car) - l3.length / (40 / 3.6)) < 1e-9)  // rank 107, MAX_SPD 0
        let l1 = try #require(network.edges.first { $0.sourceKey == "L1" })
        #expect(abs(l1.cost(.car) - l1.length / (50 / 3.6)) < 1e-9)
    }

    @Test func emptyMissingAndForeignFilesAreRefusedClearly() throws {
        let folder = try TestEnvironment.temporaryFolder("roads-bad")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let empty = folder + "/empty.osm"
        _ = FileManager.default.createFile(atPath: empty, contents: Data())
        #expect(throws: (any Error).self) { try RoadFileReader().read(path: empty) }
        #expect(throws: (any Error).self) { try RoadFileReader().read(path: folder + "/missing.shp") }
        let points = folder + "/points.geojson"
        try
            #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"x"},"geometry":{"type":"Point","coordinates":[127,37.5]}}]}"#
            .write(toFile: points, atomically: true, encoding: .utf8)
        do {
            _ = try RoadFileReader().read(path: points)
            Issue.record("a point file was accepted")
        } catch {
            #expect("\(error)".contains("not a road file"))
        }
        do {
            _ = try RoadFileReader().read(path: points, format: .osm)
            Issue.record("a GeoJSON file was read as OSM")
        } catch {
            #expect("\(error)".contains("lines"))
        }
    }
}
