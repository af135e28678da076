import AnsimGeo
import Foundation
import Testing

/// Inputs the fuzzers found crashing (Fuzz/, `scripts/hardening/fuzz.sh`,
/// docs/RELIABILITY.md), each read and written the way the `wkb` target does.
@Suite struct GeometryFuzzRegressionTests {
    /// Little-endian ISO WKB of a point; `z` makes it a Point Z (type 1001).
    func pointWKB(_ x: Double, _ y: Double, z: Double? = nil) -> [UInt8] {
        var bytes: [UInt8] = [1, z == nil ? 1 : 0xE9, z == nil ? 0 : 0x03, 0, 0]
        for v in [x, y] + (z.map { [$0] } ?? []) {
            withUnsafeBytes(of: v.bitPattern.littleEndian) { bytes += $0 }
        }
        return bytes
    }

    /// wkb `crash-b643064a…` (minimised): a polygon read from WKB with an ordinate of
    /// -1.9e165 overran GEOS 3.11.1's 28-byte trimmed-number buffer in ``Geometry/wkt``
    /// ("stack smashing detected"). Such ordinates are now written untrimmed.
    @Test(arguments: [-1.9333892896273825e165, 1e25, 1e100, Double.greatestFiniteMagnitude])
    func hugeOrdinateWritesWKT(_ x: Double) throws {
        let g = try Geometry(wkb: pointWKB(x, 37.5))
        #expect(g.wkt.hasPrefix("POINT (" + (x < 0 ? "-" : "")))
        #expect(g.description == g.wkt)
        #expect(try Geometry(wkt: g.wkt).equalsExact(g, tolerance: 0))
    }

    /// The same for a huge Z ordinate, which the writer also formats.
    @Test func hugeZOrdinateWritesWKT() throws {
        let g = try Geometry(wkb: pointWKB(953_932, 1_952_032, z: -1e200))
        // -1e200 as a double is -9999999999999999697…, written out in full.
        let expected = "POINT Z (953932.0000000000000000 1952032.0000000000000000 -99999999999999996"
        #expect(g.wkt.hasPrefix(expected))
        #expect(try Geometry(wkt: g.wkt).equalsExact(g, tolerance: 0))
    }

    /// Below the limit, WKT stays trimmed as before (and NaN/infinity stay words).
    @Test func ordinaryOrdinatesStayTrimmed() throws {
        #expect(try Geometry(wkb: pointWKB(99_999_999_999_999, 1.5)).wkt == "POINT (99999999999999 1.5)")
        #expect(try Geometry(wkb: pointWKB(.infinity, 2)).wkt == "POINT (Infinity 2)")
        let line = try Geometry(wkt: "LINESTRING (0 0, 1e16 1)")
        #expect(line.wkt.hasPrefix("LINESTRING (0.0000000000000000 0.0000000000000000, 10000000000000000."))
    }
}

/// GeoJSON inputs the `geojson` fuzz target found crashing GEOS's reader.
@Suite struct GeoJSONFuzzRegressionTests {
    /// geojson `crash-1e0227e6…`: an empty position inside a polygon ring made GEOS
    /// 3.11.1 dereference a null pointer (SEGV); a one-number position read past the end.
    @Test(arguments: [
        #"{"type":"Polygon","coordinates":[[[0,0],[1,0],[],[0,0]],[[0.2,0.2],[0.4,0.2],[0.4,0.4],[0.2,0.2]]]}"#,
        #"{"type":"LineString","coordinates":[[0,0],[1]]}"#,
        #"{"type":"Point","coordinates":[7]}"#,
        #"{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[]]]]}"#,
        #"{"type":"Feature","properties":{},"geometry":{"type":"MultiPoint","coordinates":[[]]}}"#,
        #"{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[1,2]},{"type":"LineString","coordinates":[[],[]]}]}"#,
    ])
    func shortPositionIsAnError(_ json: String) {
        #expect(throws: GeoError.self) { try Geometry(geoJSON: json) }
    }

    /// Well-formed input still reads. (GEOS 3.11.1 itself refuses 3D positions, with an error.)
    @Test func wellFormedStillReads() throws {
        let g = try Geometry(geoJSON: #"{"type":"LineString","coordinates":[[0,0],[1,1]]}"#)
        #expect(g.coordinateCount == 2)
        #expect(try Geometry(geoJSON: #"{"type":"Point","coordinates":[127.03,37.5]}"#).point?.x == 127.03)
    }
}
