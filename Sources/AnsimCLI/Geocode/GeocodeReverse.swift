import AnsimGeocode
import AnsimGeocodeStore
import ArgumentParser
import Foundation

/// `ansim geocode reverse`: the nearest road-name address to a point.
struct GeocodeReverse: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reverse",
        abstract: "The nearest road-name address to a point, with its distance (JSON).")

    @Option(help: "Longitude (WGS84).") var lon: Double?
    @Option(help: "Latitude (WGS84).") var lat: Double?
    @Option(help: "Easting (EPSG:5179), instead of --lon/--lat.") var x: Double?
    @Option(help: "Northing (EPSG:5179).") var y: Double?
    @Option(help: "Search radius in metres.") var limit = 100.0

    func validate() throws {
        guard (lon != nil && lat != nil) != (x != nil && y != nil) else {
            throw ValidationError("give --lon and --lat, or --x and --y")
        }
    }

    func run() throws {
        let geocoder = try GeocodeCommand.geocoder(offset: 6)
        let projection = try GeocodeProjection()
        let point: GeocodePoint
        if let x, let y {
            point = GeocodePoint(x, y)
        } else if let p = try projection.plane([(lon!, lat!)])[0] {
            point = p
        } else {
            throw ValidationError("PROJ cannot transform (\(lon!), \(lat!)) to EPSG:5179")
        }
        guard let r = geocoder.reverse(point, limit: limit) else {
            try GeocodeCommand.printJSON(["address": NSNull(), "reason": "no address interval within \(limit) m"])
            throw ExitCode(1)
        }
        try GeocodeCommand.printJSON([
            "address": r.address, "sigungu": r.sigungu, "road": r.road, "number": r.number, "side": r.side,
            "distance_m": GeocodeCommand.rounded(r.distance, 2), "interval": r.interval,
        ])
    }
}
