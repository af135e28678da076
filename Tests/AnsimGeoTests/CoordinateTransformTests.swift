import AnsimGeo
import AnsimSupport
import AnsimTestSupport
import Foundation
import Testing

/// CRS transforms against PROJ's own command-line tool and against published points.
@Suite struct CoordinateTransformTests {
    static let cityHall = (lon: 126.9779692, lat: 37.566535)

    /// Runs PROJ's cs2cs (which uses each CRS's own axis order: lat/lon for 4326,
    /// northing/easting for 5179) and returns x/y in easting/northing order.
    func cs2cs(_ from: String, _ to: String, _ a: Double, _ b: Double) throws -> (Double, Double) {
        let cs2cs = try #require(Subprocess.which("cs2cs"), "cs2cs (proj-bin) is not installed")
        let result = try Subprocess.run(
            cs2cs, ["-f", "%.10f", from, to], input: Data("\(a) \(b)\n".utf8))
        #expect(result.status == 0)
        let fields = result.output.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
        return (try #require(Double(fields[0])), try #require(Double(fields[1])))
    }

    @Test func seoulCityHallTo5179MatchesCs2cs() throws {
        let t = try CoordinateTransform(from: .wgs84, to: .utmK)
        let (x, y) = try t.transform(x: Self.cityHall.lon, y: Self.cityHall.lat)
        // cs2cs takes EPSG:4326 as lat,lon and prints EPSG:5179 as northing,easting.
        let (north, east) = try cs2cs("EPSG:4326", "EPSG:5179", Self.cityHall.lat, Self.cityHall.lon)
        #expect(abs(x - east) < 1e-6)
        #expect(abs(y - north) < 1e-6)
        // Published figure (gdaltransform, PLATFORM.md): 953898.466855517 1952035.97916665.
        #expect(abs(x - 953_898.466855517) < 1e-4)
        #expect(abs(y - 1_952_035.97916665) < 1e-4)
    }

    @Test func seoulCityHallRoundTrip() throws {
        let forward = try CoordinateTransform(from: .wgs84, to: .utmK)
        let (x, y) = try forward.transform(x: Self.cityHall.lon, y: Self.cityHall.lat)
        let (lon, lat) = try forward.inverse.transform(x: x, y: y)
        let (csLat, csLon) = try cs2cs("EPSG:5179", "EPSG:4326", y, x)
        #expect(abs(lon - Self.cityHall.lon) < 1e-9)
        #expect(abs(lat - Self.cityHall.lat) < 1e-9)
        #expect(abs(lon - csLon) < 1e-9)
        #expect(abs(lat - csLat) < 1e-9)
    }

    @Test(arguments: [
        (5174, 197_984.0254, 451_583.7363),
        (5186, 198_053.6466, 551_888.9158),
    ])
    func seoulCityHallInKoreanBelts(epsg: Int, x: Double, y: Double) throws {
        let t = try CoordinateTransform(from: .wgs84, to: CRS(epsg: epsg))
        let out = try t.transform(x: Self.cityHall.lon, y: Self.cityHall.lat)
        #expect(abs(out.x - x) < 1e-3)
        #expect(abs(out.y - y) < 1e-3)
    }

    /// The 2021 bars file carries X/Y in EPSG:5174 beside lon/lat in WGS 84 (1,839 rows,
    /// 2 without X/Y). For most rows the lon/lat were computed from X/Y and Ansim's
    /// transform must reproduce them within 1e-5°; 126 rows carry lon/lat geocoded
    /// separately (off by 1e-5° to 2.8e-3°, i.e. up to ~300 m), which no datum choice
    /// explains. For every row, Ansim must equal PROJ's own cs2cs within 1e-9°.
    @Test func entertainmentBars5174AgreeWithTheirLonLat() throws {
        let path = try TestEnvironment.dataFile("risk_factors/seoul_entertainment_bars_ando2021.csv")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var xs: [Double] = [], ys: [Double] = [], lons: [Double] = [], lats: [Double] = []
        var rows = 0
        for line in text.split(whereSeparator: \.isNewline) {
            rows += 1
            let f = line.split(separator: ",", omittingEmptySubsequences: false)
            guard f.count == 10, let x = Double(f[3]), let y = Double(f[4]),
                let lon = Double(f[7]), let lat = Double(f[8])
            else { continue }
            xs.append(x)
            ys.append(y)
            lons.append(lon)
            lats.append(lat)
        }
        #expect(rows == 1_839)
        #expect(xs.count == 1_837)
        // PROJ's reference: cs2cs reads EPSG:5174 as northing easting, prints lat lon.
        let cs2cs = try #require(Subprocess.which("cs2cs"), "cs2cs (proj-bin) is not installed")
        let input = zip(xs, ys).map { "\($1) \($0)" }.joined(separator: "\n") + "\n"
        let reference = try Subprocess.run(
            cs2cs, ["-f", "%.12f", "EPSG:5174", "EPSG:4326"], input: Data(input.utf8))
        let refLines = reference.output.split(whereSeparator: \.isNewline)
        #expect(refLines.count == xs.count)

        let t = try CoordinateTransform(from: .korea1985ModifiedCentral, to: .wgs84)
        let failed = try t.transform(xs: &xs, ys: &ys)
        #expect(failed == 0)
        var agree = 0
        var worstVsProj = 0.0
        var differences: [Double] = []
        for i in xs.indices {
            let d = max(abs(xs[i] - lons[i]), abs(ys[i] - lats[i]))
            differences.append(d)
            if d < 1e-5 { agree += 1 }
            let f = refLines[i].split(whereSeparator: { $0 == " " || $0 == "\t" })
            let (refLat, refLon) = (Double(f[0])!, Double(f[1])!)
            worstVsProj = max(worstVsProj, abs(xs[i] - refLon), abs(ys[i] - refLat))
        }
        differences.sort()
        #expect(worstVsProj < 1e-9, "largest difference from cs2cs \(worstVsProj)°")
        #expect(agree == 1_711, "\(agree) rows within 1e-5° of the file's lon/lat")
        #expect(differences[differences.count / 2] < 1e-6)
    }

    @Test func batchEqualsOneByOne() throws {
        let t = try CoordinateTransform(from: .utmK, to: .wgs84)
        var xs = (0..<500).map { 940_000 + Double($0) * 61.7 }
        var ys = (0..<500).map { 1_940_000 + Double($0) * 43.1 }
        let singles = try zip(xs, ys).map { try t.transform(x: $0, y: $1) }
        try t.transform(xs: &xs, ys: &ys)
        for i in singles.indices {
            #expect(xs[i] == singles[i].x && ys[i] == singles[i].y)
        }
    }

    @Test func unknownCRSIsAClearError() throws {
        let error = #expect(throws: GeoError.self) {
            try CoordinateTransform(from: CRS(epsg: 999_999), to: .wgs84)
        }
        #expect(error?.description.contains("EPSG:999999") == true)
        #expect(throws: GeoError.self) { try CRS.parse("WGS84-ish") }
        #expect(try CRS.parse("epsg:5179") == .utmK)
        #expect(try CRS.parse("5174") == .korea1985ModifiedCentral)
    }

    @Test func outOfDomainPointsAreFlagged() throws {
        let t = try CoordinateTransform(from: .wgs84, to: .utmK)
        var xs = [126.97, .nan, 127.0]
        var ys = [37.56, 37.5, 95.0]
        let failed = try t.transform(xs: &xs, ys: &ys)
        #expect(failed == 2)
        #expect(xs[0].isFinite && xs[1] == .infinity && xs[2] == .infinity)
    }

    @Test func transformsGeometries() throws {
        let square = try Geometry.polygon(
            [(126.97, 37.56), (126.98, 37.56), (126.98, 37.57), (126.97, 37.57)], srid: 4326)
        let t = try CoordinateTransform(from: .wgs84, to: .utmK)
        let projected = try t.transform(square)
        #expect(projected.srid == 5179)
        // About 883 m × 1,110 m at Seoul's latitude.
        #expect(abs(projected.area - 980_000) < 20_000)
        let corners = try [(126.97, 37.56), (126.98, 37.56), (126.98, 37.57), (126.97, 37.57)]
            .map { try t.transform(x: $0.0, y: $0.1) }
        let env = try #require(projected.envelope)
        #expect(env.minX == corners.map(\.x).min() && env.maxX == corners.map(\.x).max())
        #expect(env.minY == corners.map(\.y).min() && env.maxY == corners.map(\.y).max())
    }

    @Test func concurrentUseIsSafe() async throws {
        let t = try CoordinateTransform(from: .wgs84, to: .utmK)
        let expected = try t.transform(x: Self.cityHall.lon, y: Self.cityHall.lat)
        try await withThrowingTaskGroup(of: Bool.self) { group in
            for _ in 0..<16 {
                group.addTask {
                    var ok = true
                    for _ in 0..<2_000 {
                        let r = try t.transform(x: Self.cityHall.lon, y: Self.cityHall.lat)
                        ok = ok && r.x == expected.x && r.y == expected.y
                    }
                    return ok
                }
            }
            for try await ok in group { #expect(ok) }
        }
    }
}
