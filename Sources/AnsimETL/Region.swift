/// Where the points of a source may lie, as a lon/lat box, for the coordinate checks
/// (DESIGN.md §4: (0,0), out-of-region and swapped coordinates are normal).
public struct Region: Sendable, Equatable {
    public let name: String
    public let label: String
    public let minLon: Double, minLat: Double, maxLon: Double, maxLat: Double

    /// Seoul's extent (126.764–127.184 E, 37.413–37.715 N) with 0.01° (~1 km) margin.
    public static let seoul = Region(
        name: "seoul", label: "Seoul", minLon: 126.754, minLat: 37.403, maxLon: 127.194, maxLat: 37.725)
    /// South Korea including Jeju, Ulleungdo and Dokdo.
    public static let korea = Region(
        name: "korea", label: "South Korea", minLon: 124.5, minLat: 33.0, maxLon: 132.0, maxLat: 38.7)
    /// The City of Portland, Oregon, with margin.
    public static let portland = Region(
        name: "portland", label: "Portland", minLon: -122.9, minLat: 45.4, maxLon: -122.4, maxLat: 45.7)

    public static func named(_ name: String) throws -> Region {
        switch name {
        case "seoul": return .seoul
        case "korea": return .korea
        case "portland": return .portland
        default: throw ETLError("unknown region \"\(name)\" (seoul, korea, portland)")
        }
    }

    public func contains(lon: Double, lat: Double) -> Bool {
        lon >= minLon && lon <= maxLon && lat >= minLat && lat <= maxLat
    }
}
