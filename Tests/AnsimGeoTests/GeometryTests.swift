import AnsimGeo
import Foundation
import Testing

/// The GEOS wrapper: formats in and out, measures, predicates and overlays.
@Suite struct GeometryTests {
    let polygonWKT = "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 4 2, 4 4, 2 4, 2 2))"

    @Test func wktRoundTrip() throws {
        let g = try Geometry(wkt: polygonWKT, srid: 5179)
        #expect(g.typeName == "Polygon")
        #expect(g.srid == 5179)
        #expect(g.area == 96)
        let again = try Geometry(wkt: g.wkt, srid: 5179)
        #expect(try again.equalsExact(g))
        #expect(g.description.hasPrefix("SRID=5179;POLYGON"))
    }

    @Test func wkbAndEWKBRoundTrip() throws {
        let g = try Geometry(
            wkt: "MULTILINESTRING ((953898.4668555 1952035.97916665, 953900.125 1952040.5), (1 2, 3 4))",
            srid: 5179)
        let fromWKB = try Geometry(wkb: g.wkb)
        #expect(fromWKB.srid == 0)
        #expect(try fromWKB.withSRID(5179).equalsExact(g, tolerance: 0))
        let fromEWKB = try Geometry(wkb: g.ewkb)
        #expect(fromEWKB.srid == 5179)
        #expect(fromEWKB.ewkb == g.ewkb)
        let fromHex = try Geometry(hexWKB: g.hexEWKB)
        #expect(fromHex.ewkb == g.ewkb)
    }

    @Test func geoJSONRoundTrip() throws {
        let json =
            #"{"type":"Polygon","coordinates":[[[126.97,37.56],[126.98,37.56],[126.98,37.57],[126.97,37.56]]]}"#
        let g = try Geometry(geoJSON: json)
        #expect(g.srid == 4326)
        #expect(g.typeName == "Polygon")
        let back = try Geometry(geoJSON: g.geoJSON())
        #expect(try back.equalsExact(g))
        let feature =
            #"{"type":"Feature","properties":{"name":"사직동"},"geometry":{"type":"Point","coordinates":[126.97,37.57]}}"#
        let p = try Geometry(geoJSON: feature)
        #expect(p.point?.x == 126.97)
    }

    @Test func badInputIsAClearError() throws {
        let wkt = #expect(throws: GeoError.self) { try Geometry(wkt: "POLYGON ((0 0, 1 1") }
        #expect(wkt?.description.hasPrefix("could not read WKT") == true)
        #expect(throws: GeoError.self) { try Geometry(wkb: [1, 2, 3]) }
        #expect(throws: GeoError.self) { try Geometry(hexWKB: "zz") }
        #expect(throws: GeoError.self) { try Geometry(geoJSON: "{\"type\":\"Nope\"}") }
        #expect(throws: GeoError.self) { try Geometry.lineString([(0, 0)]) }
    }

    @Test func bufferDistanceAndPredicates() throws {
        let p = Geometry.point(x: 0, y: 0, srid: 5179)
        let circle = try p.buffer(100, quadrantSegments: 64)
        // A 256-gon inscribed in the circle: area short of πr² by (2π/256)²/6 ≈ 1.0e-4.
        #expect(abs(circle.area - Double.pi * 10_000) / (Double.pi * 10_000) < 1.1e-4)
        let q = Geometry.point(x: 300, y: 400, srid: 5179)
        #expect(try p.distance(to: q) == 500)
        #expect(try circle.contains(Geometry.point(x: 50, y: 50, srid: 5179)))
        #expect(try !circle.contains(q))
        #expect(try circle.intersects(try q.buffer(405)))
        #expect(try p.isWithinDistance(500, of: q))
        #expect(try !p.isWithinDistance(499.9, of: q))
        #expect(try Geometry.point(x: 50, y: 0, srid: 5179).within(circle))
    }

    @Test func overlays() throws {
        let a = Geometry.rectangle(Envelope(minX: 0, minY: 0, maxX: 2, maxY: 2), srid: 5179)
        let b = Geometry.rectangle(Envelope(minX: 1, minY: 1, maxX: 3, maxY: 3), srid: 5179)
        #expect(try a.union(b).area == 7)
        #expect(try a.intersection(b).area == 1)
        #expect(try a.difference(b).area == 3)
        let all = try Geometry.union([
            a, b, Geometry.rectangle(Envelope(minX: 10, minY: 10, maxX: 11, maxY: 11), srid: 5179),
        ])
        #expect(all.area == 8)
        #expect(all.typeName == "MultiPolygon")
        #expect(try a.touches(Geometry.rectangle(Envelope(minX: 2, minY: 0, maxX: 3, maxY: 1), srid: 5179)))
    }

    @Test func mixedSRIDsAreRefused() throws {
        let a = Geometry.point(x: 0, y: 0, srid: 4326)
        let b = Geometry.point(x: 0, y: 0, srid: 5179)
        let error = #expect(throws: GeoError.self) { try a.distance(to: b) }
        #expect(error?.message.contains("mixed SRIDs") == true)
    }

    @Test func validity() throws {
        let bowtie = try Geometry(wkt: "POLYGON ((0 0, 2 2, 2 0, 0 2, 0 0))")
        #expect(!bowtie.isValid)
        #expect(bowtie.validityReason.contains("Self-intersection"))
        let fixed = try bowtie.makeValid()
        #expect(fixed.isValid)
        #expect(abs(fixed.area - 2) < 1e-12)
    }

    @Test func preparedAgreesWithPlain() throws {
        let shape = try Geometry(wkt: polygonWKT, srid: 5179)
        let prepared = try PreparedGeometry(shape)
        var state: UInt64 = 42
        for _ in 0..<2_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1
            let x = Double(state >> 40) / Double(1 << 24) * 14 - 2
            state = state &* 6_364_136_223_846_793_005 &+ 1
            let y = Double(state >> 40) / Double(1 << 24) * 14 - 2
            let p = Geometry.point(x: x, y: y, srid: 5179)
            #expect(try prepared.contains(p) == shape.contains(p))
            #expect(try prepared.intersects(p) == shape.intersects(p))
            #expect(try prepared.isWithinDistance(1, of: p) == shape.isWithinDistance(1, of: p))
            #expect(try prepared.distance(to: p) == shape.distance(to: p))
        }
    }

    @Test func sharedGeometriesAcrossTasks() async throws {
        let shape = try Geometry(wkt: polygonWKT, srid: 5179)
        let prepared = try PreparedGeometry(shape)
        let inside = Geometry.point(x: 1, y: 1, srid: 5179)
        let hole = Geometry.point(x: 3, y: 3, srid: 5179)
        try await withThrowingTaskGroup(of: Bool.self) { group in
            for _ in 0..<16 {
                group.addTask {
                    var ok = true
                    for _ in 0..<500 {
                        let a = try prepared.contains(inside)
                        let b = try prepared.contains(hole)
                        let grown = try shape.buffer(1).area
                        ok = ok && a && !b && grown > shape.area
                    }
                    return ok
                }
            }
            for try await ok in group { #expect(ok) }
        }
    }

    @Test func constructors() throws {
        let line = try Geometry.lineString([(0, 0), (3, 4)], srid: 5179)
        #expect(line.length == 5)
        #expect(line.coordinateCount == 2)
        let multi = try Geometry.collection(
            .multiPoint, [.point(x: 0, y: 0), .point(x: 1, y: 1)], srid: 5179)
        #expect(multi.geometryCount == 2)
        #expect(multi.typeName == "MultiPoint")
        let c = try Geometry.rectangle(Envelope(minX: 0, minY: 0, maxX: 4, maxY: 2)).centroid()
        #expect(c.point?.x == 2 && c.point?.y == 1)
    }
}
