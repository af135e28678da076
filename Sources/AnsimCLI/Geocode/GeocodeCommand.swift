import AnsimGeocode
import AnsimGeocodeStore
import AnsimStore
import ArgumentParser
import Foundation

/// `ansim geocode`: Korean road-name addresses ↔ points, offline, from the road map.
struct GeocodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "geocode",
        abstract: "Geocode Korean addresses (도로명주소, 지번) from the loaded road-name-address map.",
        discussion: """
            Builds an in-memory index from road_section (TL_SPRD_MANAGE sections, \
            TL_SPRD_INTRVL intervals) and admin_area, then geocodes offline. See docs/GEOCODE.md.

            EXAMPLES
              ansim geocode "서울특별시 강남구 학동로 156"
              ansim geocode --file in.csv --column address --out out.csv
              ansim geocode reverse --lon 127.0279 --lat 37.5130
              ansim geocode evaluate
            """,
        subcommands: [GeocodeAddress.self, GeocodeReverse.self, GeocodeEvaluate.self],
        defaultSubcommand: GeocodeAddress.self)

    /// Loads the index from the configured database.
    static func geocoder(offset: Double) throws -> Geocoder {
        let connection = try Database.connect()
        return Geocoder(index: try GeocodeIndexLoader.load(on: connection), sideOffset: offset)
    }

    /// The JSON object of one outcome: `{"lon","lat","x5179","y5179","precision","matched"}`
    /// (nulls and a `reason` when unmatched).
    static func json(_ outcome: GeocodeOutcome, lonLat: (lon: Double, lat: Double)?) -> [String: Any] {
        guard let m = outcome.match else {
            return [
                "lon": NSNull(), "lat": NSNull(), "x5179": NSNull(), "y5179": NSNull(), "precision": NSNull(),
                "matched": NSNull(), "reason": outcome.reason ?? "",
            ]
        }
        var matched: [String: Any] = ["sido": m.sido, "sigungu": m.sigungu, "interpolated": m.interpolated]
        let optional: [(String, String?)] = [
            ("road", m.road), ("number", m.number), ("side", m.side), ("dong", m.dong), ("interval", m.interval),
            ("section", m.section), ("note", m.note),
        ]
        for (key, value) in optional { if let value { matched[key] = value } }
        return [
            "lon": lonLat.map { rounded($0.lon, 7) } ?? NSNull(), "lat": lonLat.map { rounded($0.lat, 7) } ?? NSNull(),
            "x5179": rounded(m.point.x, 2), "y5179": rounded(m.point.y, 2), "precision": m.precision.rawValue,
            "matched": matched,
        ]
    }

    static func rounded(_ v: Double, _ digits: Int) -> Double {
        let f = pow(10.0, Double(digits))
        return (v * f).rounded() / f
    }

    /// Prints a JSON object on one line, keys sorted.
    static func printJSON(_ object: [String: Any]) throws {
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        FileHandle.standardOutput.write(data + Data("\n".utf8))
    }
}
