import AnsimETL
import AnsimGeo
import Foundation

/// GeoJSON, both ways Ansim reads it: as a vector file through ``VectorSource`` (GDAL's
/// GeoJSON driver, then ``VectorFeatureReader`` turning each feature's attributes into
/// text and its geometry into ISO WKB), and as one geometry through
/// ``Geometry/init(geoJSON:srid:)`` (GEOS's GeoJSON reader).
enum FuzzGeoJSON {
    /// Reads `bytes` as a `.geojson` file and as a GeoJSON geometry.
    static func run(_ bytes: [UInt8]) {
        FuzzFiles.with([("geojson", bytes)]) { stem in
            FuzzVector.readAll("\(stem).geojson")
        }
        if let geometry = try? Geometry(geoJSON: String(decoding: bytes, as: UTF8.self)) {
            FuzzWKB.exercise(geometry)
        }
    }
}
