import AnsimSupport
import CGEOS
import Foundation

extension Geometry {
    /// Reads OGC Well-Known Text.
    public convenience init(wkt: String, srid: Int32 = 0) throws {
        try self.init("read WKT", srid: srid) { s in
            GEOSWKTReader_read_r(s.handle, s.wktReader, wkt)
        }
    }

    /// Reads Well-Known Binary; PostGIS extended WKB (EWKB) carries its SRID along.
    /// `srid` (when not nil) overrides the one in the bytes.
    public convenience init(wkb: [UInt8], srid: Int32? = nil) throws {
        try self.init("read WKB", srid: srid) { s in
            wkb.withUnsafeBufferPointer {
                GEOSWKBReader_read_r(s.handle, s.wkbReader, $0.baseAddress, $0.count)
            }
        }
    }

    /// Reads WKB or EWKB written as hexadecimal text (as PostGIS prints geometry).
    public convenience init(hexWKB: String, srid: Int32? = nil) throws {
        guard let bytes = Hex.decode(hexWKB) else {
            throw GeoError("read hex WKB", "not hexadecimal text")
        }
        try self.init(wkb: bytes, srid: srid)
    }

    /// Reads a GeoJSON geometry (a Feature or FeatureCollection becomes its geometry
    /// or a GeometryCollection). GeoJSON coordinates are lon/lat, so the SRID
    /// defaults to 4326 (RFC 7946). Positions are checked first (``GeoJSONPositions``).
    public convenience init(geoJSON: String, srid: Int32 = 4326) throws {
        if let problem = GeoJSONPositions.problem(in: geoJSON) { throw GeoError("read GeoJSON", problem) }
        try self.init("read GeoJSON", srid: srid) { s in
            GEOSGeoJSONReader_readGeometry_r(s.handle, s.geoJSONReader, geoJSON)
        }
    }

    /// OGC Well-Known Text with full precision. Ordinates of 1e15 or more in magnitude
    /// (never a real coordinate) are written untrimmed, as "1000000000000000.0000000000000000".
    public var wkt: String {
        GEOSSession.with { s in
            let writer = largestOrdinate(s) < Self.trimmedWKTLimit ? s.wktWriter : s.wideWKTWriter
            guard let cstr = GEOSWKTWriter_write_r(s.handle, writer, handle) else {
                return ""
            }
            defer { GEOSFree_r(s.handle, cstr) }
            return String(cString: cstr)
        }
    }

    /// ISO Well-Known Binary, little-endian, without SRID.
    public var wkb: [UInt8] { writeWKB(extended: false) }

    /// PostGIS extended WKB with the SRID, little-endian.
    public var ewkb: [UInt8] { writeWKB(extended: true) }

    /// Extended WKB as upper-case hex: the text form PostGIS accepts for `geometry`.
    public var hexEWKB: String {
        GEOSSession.with { s in
            var size = 0
            guard let buf = GEOSWKBWriter_writeHEX_r(s.handle, s.ewkbWriter, handle, &size)
            else { return "" }
            defer { GEOSFree_r(s.handle, buf) }
            return String(decoding: UnsafeBufferPointer(start: buf, count: size), as: UTF8.self)
        }
    }

    /// A GeoJSON geometry object (coordinates as stored; transform to EPSG:4326 first
    /// for RFC 7946 output).
    public func geoJSON(indent: Int = -1) -> String {
        GEOSSession.with { s in
            guard
                let cstr = GEOSGeoJSONWriter_writeGeometry_r(
                    s.handle, s.geoJSONWriter, handle, Int32(indent))
            else { return "null" }
            defer { GEOSFree_r(s.handle, cstr) }
            return String(cString: cstr)
        }
    }

    private func writeWKB(extended: Bool) -> [UInt8] {
        GEOSSession.with { s in
            var size = 0
            let writer = extended ? s.ewkbWriter : s.wkbWriter
            guard let buf = GEOSWKBWriter_write_r(s.handle, writer, handle, &size) else {
                return []
            }
            defer { GEOSFree_r(s.handle, buf) }
            return Array(UnsafeBufferPointer(start: buf, count: size))
        }
    }
}

extension Geometry: CustomStringConvertible {
    /// "SRID=N;WKT" (EWKT), as PostGIS prints it.
    public var description: String {
        let s = srid
        return s == 0 ? wkt : "SRID=\(s);\(wkt)"
    }
}
