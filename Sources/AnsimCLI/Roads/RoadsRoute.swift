import AnsimGeo
import AnsimRouting
import AnsimRoutingStore
import AnsimStore
import AnsimSupport
import ArgumentParser
import Foundation

/// `ansim roads route --from lon,lat --to lon,lat`.
struct RoadsRoute: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "route",
        abstract: "The fastest route between two WGS 84 points on a stored graph.",
        discussion: """
            Both points snap to the nearest point of the nearest road the mode may use (at most \
            --max-snap metres away); the route starts and ends there, using either end of those \
            roads as one-way rules allow. --json prints {"length_m","duration_s","geometry"} with \
            a GeoJSON LineString in WGS 84; when there is no route the three are null, an "error" \
            says why, and the exit status is 1.
            """
    )

    @Option(help: "Start as lon,lat (WGS 84).")
    var from: String

    @Option(help: "End as lon,lat (WGS 84).")
    var to: String

    @Option(help: "car or foot.")
    var mode: TravelMode = .car

    @Option(help: "The graph (default: the newest).")
    var graph: String?

    @Option(help: "The farthest a point may be from the road it snaps to, in metres.")
    var maxSnap = RoadGraph.defaultSnapLimit

    @Flag(help: "Print JSON.")
    var json = false

    func run() throws {
        let a = try Self.parse(from, "--from")
        let b = try Self.parse(to, "--to")
        let connection = try Database.connect()
        let roads = try RoadGraph.load(name: graph, on: connection)
        let toGrid = try CoordinateTransform(from: .wgs84, to: .utmK)
        let pa = try toGrid.transform(x: a.0, y: a.1)
        let pb = try toGrid.transform(x: b.0, y: b.1)
        let route: RoutePath
        var snapped: [SnappedPoint] = []
        do {
            snapped.append(try roads.snap(x: pa.x, y: pa.y, mode: mode, limit: maxSnap))
            snapped.append(try roads.snap(x: pb.x, y: pb.y, mode: mode, limit: maxSnap))
            route = try roads.path(from: snapped[0], to: snapped[1], mode: mode)
        } catch let error as RoutingError {
            if json {
                let message = String(decoding: try JSONEncoder().encode(error.description), as: UTF8.self)
                print(#"{"length_m":null,"duration_s":null,"geometry":null,"error":\#(message)}"#)
            }
            throw AnsimError(error.description)
        }
        var xs = route.coordinates.map(\.x)
        var ys = route.coordinates.map(\.y)
        _ = try toGrid.inverse.transform(xs: &xs, ys: &ys)
        let coordinates = zip(xs, ys).map { String(format: "[%.7f,%.7f]", $0, $1) }.joined(separator: ",")
        let geometry = #"{"type":"LineString","coordinates":[\#(coordinates)]}"#
        if json {
            print(
                String(
                    format: #"{"length_m":%.1f,"duration_s":%.1f,"geometry":"#, route.metres, route.seconds)
                    + geometry + "}")
            return
        }
        let minutes = Int(route.seconds) / 60
        let seconds = Int(route.seconds.rounded()) - minutes * 60
        print(
            String(
                format: "%.2f km, %d min %02d s by %@ on graph %@", route.metres / 1000, minutes, seconds,
                mode.rawValue, roads.name))
        for (label, point) in zip(["start", "end"], snapped) {
            let edge = roads.network.edges[Int(point.edge)]
            print(
                String(
                    format: "  %@ snapped %.1f m onto edge %d (%@, class %@) at %.0f%% of its length", label,
                    point.distance, point.edge + 1, edge.name ?? "unnamed", edge.roadClass,
                    point.fraction * 100))
        }
        print("  \(route.edges.count) whole edges between them, \(route.coordinates.count) points")
    }

    /// "lon,lat" as numbers.
    static func parse(_ text: String, _ option: String) throws -> (Double, Double) {
        let parts = text.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 2, let lon = parts[0], let lat = parts[1], abs(lon) <= 180, abs(lat) <= 90 else {
            throw ValidationError("\(option) must be lon,lat in degrees (e.g. 127.0276,37.4979), not \(text)")
        }
        return (lon, lat)
    }
}
