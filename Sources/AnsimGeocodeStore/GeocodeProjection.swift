import AnsimGeo
import AnsimGeocode

/// Converts geocoder points between EPSG:5179 (the working plane) and EPSG:4326
/// (lon/lat), with PROJ, in batches.
public struct GeocodeProjection: Sendable {
    let toLonLat: CoordinateTransform
    let toPlane: CoordinateTransform

    /// The two transforms.
    public init() throws {
        toLonLat = try CoordinateTransform(from: CRS(epsg: 5179), to: CRS(epsg: 4326))
        toPlane = toLonLat.inverse
    }

    /// Lon/lat of each point (nil where PROJ fails).
    public func lonLat(_ points: [GeocodePoint]) throws -> [(lon: Double, lat: Double)?] {
        var xs = points.map(\.x)
        var ys = points.map(\.y)
        try toLonLat.transform(xs: &xs, ys: &ys)
        return zip(xs, ys).map { $0.isFinite && $1.isFinite ? ($0, $1) : nil }
    }

    /// The EPSG:5179 point of each lon/lat (nil where PROJ fails).
    public func plane(_ lonLats: [(lon: Double, lat: Double)]) throws -> [GeocodePoint?] {
        var xs = lonLats.map(\.lon)
        var ys = lonLats.map(\.lat)
        try toPlane.transform(xs: &xs, ys: &ys)
        return zip(xs, ys).map { $0.isFinite && $1.isFinite ? GeocodePoint($0, $1) : nil }
    }
}
