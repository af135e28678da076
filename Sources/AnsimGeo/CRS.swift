import Foundation

/// A coordinate reference system, named as PROJ understands it ("EPSG:5179").
///
/// Korean data arrive in several CRSs (see DESIGN.md §4); the common ones have
/// names here. Axis order is always x = easting/longitude, y = northing/latitude,
/// whatever the EPSG definition says (``CoordinateTransform`` normalises it).
public struct CRS: Hashable, Sendable, CustomStringConvertible {
    /// The identifier PROJ is given, e.g. "EPSG:4326".
    public let identifier: String

    /// A CRS from any PROJ identifier ("EPSG:5179", a WKT string, a PROJ string).
    public init(_ identifier: String) {
        self.identifier = identifier
    }

    /// An EPSG code.
    public init(epsg: Int) {
        self.identifier = "EPSG:\(epsg)"
    }

    /// Parses user input: "EPSG:5179", "epsg:5179" or just "5179".
    public static func parse(_ text: String) throws -> CRS {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let n = Int(t), n > 0 { return CRS(epsg: n) }
        let parts = t.split(separator: ":", maxSplits: 1)
        if parts.count == 2, parts[0].uppercased() == "EPSG", let n = Int(parts[1]), n > 0 {
            return CRS(epsg: n)
        }
        throw GeoError("parse CRS \"\(text)\"", "expected EPSG:<code>")
    }

    /// The EPSG code, when the identifier is one.
    public var epsg: Int? {
        let parts = identifier.split(separator: ":", maxSplits: 1)
        guard parts.count == 2, parts[0].uppercased() == "EPSG" else { return nil }
        return Int(parts[1])
    }

    /// The PostGIS SRID for this CRS (its EPSG code; 0 when unknown).
    public var srid: Int32 { Int32(epsg ?? 0) }

    public var description: String { identifier }

    /// WGS 84 longitude/latitude (GPS, GeoJSON).
    public static let wgs84 = CRS(epsg: 4326)
    /// Korea 2000 / Unified CS (UTM-K, GRS80): road-name maps, KOSTAT boundaries.
    /// Ansim's working CRS for storage and analysis in Korea.
    public static let utmK = CRS(epsg: 5179)
    /// Korean 1985 / Modified Central Belt (Bessel): LOCALDATA licence X/Y.
    public static let korea1985ModifiedCentral = CRS(epsg: 5174)
    /// Korea 2000 / Central Belt (GRS80), used by Kakao maps.
    public static let korea2000Central = CRS(epsg: 5181)
    /// Korea 2000 / Central Belt 2010: the national standard node-link network.
    public static let korea2000Central2010 = CRS(epsg: 5186)
}
