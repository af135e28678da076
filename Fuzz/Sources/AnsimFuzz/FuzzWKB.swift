import AnsimGeo

/// Well-Known Binary as PostGIS and GDAL hand it over: ``Geometry/init(wkb:srid:)``
/// (GEOS's WKB reader, EWKB SRIDs included) and, for text input, the hexadecimal form
/// ``Geometry/init(hexWKB:srid:)`` with its ``Hex`` decoding. A geometry that reads is
/// written back out every way Ansim writes geometry.
enum FuzzWKB {
    /// Reads `bytes` as WKB, and as hex WKB text when they are ASCII.
    static func run(_ bytes: [UInt8]) {
        if let geometry = try? Geometry(wkb: bytes) { exercise(geometry) }
        if bytes.allSatisfy({ $0 < 0x80 }),
            let geometry = try? Geometry(hexWKB: String(decoding: bytes, as: UTF8.self))
        {
            exercise(geometry)
        }
    }

    /// Every accessor and writer of a geometry that was read; the WKB written must read back.
    static func exercise(_ geometry: Geometry) {
        _ = (geometry.srid, geometry.typeName, geometry.isEmpty, geometry.coordinateCount)
        _ = (geometry.geometryCount, geometry.envelope, geometry.point)
        _ = (geometry.wkt, geometry.hexEWKB, geometry.geoJSON(), geometry.description)
        _ = try? Geometry(wkb: geometry.ewkb)
    }
}
