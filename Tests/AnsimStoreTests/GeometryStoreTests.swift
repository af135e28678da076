import AnsimGeo
import AnsimStore
import AnsimTestSupport
import Testing

/// GEOS and PostGIS agree: geometries survive a round trip bit for bit, and the
/// two libraries measure and transform the same way.
@Suite struct GeometryStoreTests {
    static let shapes = [
        "POINT (953898.4668555 1952035.97916665)",
        "LINESTRING (953898.1 1952035.2, 954000.123456789 1952100.987654321, 954100 1952000)",
        "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 4 2, 4 4, 2 4, 2 2))",
        "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))",
        "GEOMETRYCOLLECTION (POINT (1 2), LINESTRING (0 0, 0.1 0.30000000000000004))",
    ]

    @Test(arguments: shapes)
    func roundTripThroughPostGISIsExact(wkt: String) throws {
        let db = try TestDatabase.connect()
        let g = try Geometry(wkt: wkt, srid: 5179)
        let rows = try db.query(
            "SELECT $1::geometry AS g, ST_SRID($1::geometry) AS srid, ST_AsText($1::geometry) AS wkt",
            [g], purpose: "round-trip a geometry")
        let back = try rows[0].decode(Geometry.self, column: "g")
        #expect(back.srid == 5179)
        #expect(try back.equalsExact(g, tolerance: 0))
        #expect(back.ewkb == g.ewkb)
        #expect(try rows[0].decode(Int.self, column: "srid") == 5179)
    }

    @Test func postGISDistanceEqualsGEOS() throws {
        let db = try TestDatabase.connect()
        let pairs: [(Geometry, Geometry)] = [
            (
                .point(x: 953_898.47, y: 1_952_035.98, srid: 5179),
                .point(x: 954_123.5, y: 1_951_000.25, srid: 5179)
            ),
            (try Geometry(wkt: "LINESTRING (0 0, 100 100)", srid: 5179), .point(x: 70, y: 10, srid: 5179)),
            (
                try Geometry(wkt: "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))", srid: 5179),
                try Geometry(wkt: "POLYGON ((13 14, 20 14, 20 20, 13 20, 13 14))", srid: 5179)
            ),
        ]
        for (a, b) in pairs {
            let sql = try db.query(
                "SELECT ST_Distance($1::geometry, $2::geometry)", [a, b], purpose: "measure")[0]
                .decode(Double.self, at: 0)
            let geos = try a.distance(to: b)
            #expect(abs(sql - geos) <= 1e-9 * max(1, geos), "PostGIS \(sql) vs GEOS \(geos)")
        }
    }

    /// PostGIS ST_Transform and Ansim's PROJ wrapper pick the same operation.
    @Test(arguments: [(5174, 4326), (4326, 5179), (5179, 5186), (4326, 5181)])
    func stTransformEqualsCoordinateTransform(from: Int, to: Int) throws {
        let db = try TestDatabase.connect()
        let t = try CoordinateTransform(from: CRS(epsg: 4326), to: CRS(epsg: from))
        let transform = try CoordinateTransform(from: CRS(epsg: from), to: CRS(epsg: to))
        for (lon, lat) in [(126.9779692, 37.566535), (127.0276, 37.4979), (126.8, 37.65)] {
            let p = try t.transform(x: lon, y: lat)
            let swift = try transform.transform(x: p.x, y: p.y)
            let row = try db.query(
                "SELECT ST_X(g), ST_Y(g) FROM ST_Transform(ST_SetSRID(ST_MakePoint($1, $2), $3::int), $4::int) AS g",
                [p.x, p.y, from, to], purpose: "transform in PostGIS")[0]
            let (x, y) = (try row.decode(Double.self, at: 0), try row.decode(Double.self, at: 1))
            let tolerance = to == 4326 ? 1e-9 : 1e-4
            #expect(
                abs(x - swift.x) < tolerance && abs(y - swift.y) < tolerance,
                "\(from)→\(to): \(x),\(y) vs \(swift)")
        }
    }
}
