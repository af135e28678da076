import AnsimETL
import AnsimGeo
import AnsimSupport
import AnsimTestSupport
import Foundation
import Testing

/// The GDAL vector reader on the shipped data (counts from data/SOURCES.md) and on
/// broken inputs made in a temporary folder.
@Suite struct VectorReaderTests {
    /// Reads every feature of `layer`, checking the 1-based indexes as it goes.
    func readAll(_ source: VectorSource, _ layer: VectorLayer? = nil) throws -> [VectorFeature] {
        let reader = try source.features(in: layer)
        var features: [VectorFeature] = []
        while let feature = try reader.nextFeature() {
            #expect(feature.index == features.count + 1)
            features.append(feature)
        }
        return features
    }

    @Test func gangnamRoadSectionsAreUTMKLinesWithKoreanNames() throws {
        let source = try VectorSource(
            path: TestEnvironment.dataFile("roads/gangnam_juso_roadmap_2019/TL_SPRD_MANAGE.shp"))
        let layer = try #require(source.layers.first)
        #expect(source.layers.count == 1)
        #expect(layer.name == "TL_SPRD_MANAGE")
        #expect(layer.featureCount == 1845)
        #expect(layer.epsg == 5179)
        #expect(layer.crs?.identification == .sameProjectionOnDatum(geographicEPSG: 4737))
        #expect(layer.geometryType.isLine)
        #expect(layer.encoding == .detected("CP949"))
        #expect(layer.fieldIndex("RN") != nil && layer.fields.contains { $0.name == "ROAD_BT" })

        let features = try readAll(source)
        #expect(features.count == 1845)
        let names = features.compactMap { $0["RN"] }
        #expect(names.count == 1845)
        #expect(names.contains { $0.hasSuffix("로") } && names.contains { $0.hasSuffix("길") })
        #expect(!names.contains { $0.contains("\u{FFFD}") })
        #expect(features.allSatisfy { $0.wkb != nil && $0.geometryProblem == nil })
        let geometry = try Geometry(wkb: try #require(features[0].wkb))
        #expect(["LineString", "MultiLineString"].contains(geometry.typeName))
        let x = try #require(geometry.envelope).minX
        #expect(x > 950_000 && x < 970_000, "UTM-K easting in Gangnam")
    }

    @Test func anExplicitEncodingIsPassedToGDAL() throws {
        let path = try TestEnvironment.dataFile("roads/gangnam_juso_roadmap_2019/TL_SPRD_MANAGE.shp")
        let source = try VectorSource(path: path, encoding: "CP949")
        #expect(source.layers[0].encoding == .requested("CP949"))
        let detected = try VectorSource(path: path)
        let names = try source.features().prefix(50).map { $0["RN"] }
        #expect(names == (try detected.features().prefix(50).map { $0["RN"] }))
        #expect(names.allSatisfy { $0?.hasSuffix("로") == true || $0?.hasSuffix("길") == true })
    }

    @Test func kostatAdministrativeDongsHaveNoCRS() throws {
        let path = try TestEnvironment.dataFile(
            "boundaries/seoul_admdong_kostat_utmk_shp/seoul_admdong_utmk.shp")
        let source = try VectorSource(path: path)
        let layer = source.layers[0]
        #expect(layer.featureCount == 424)
        #expect(layer.crs == nil && layer.epsg == nil)
        #expect(layer.geometryType.isPolygon)
        #expect(layer.encoding.name == "CP949")
        let names = try readAll(source).compactMap { $0["ADM_NM"] }
        #expect(names.count == 424)
        #expect(names.contains("사직동"))
    }

    @Test func neighborhoodsAndGeoJSONAreWGS84() throws {
        let shp = try VectorSource(
            path: TestEnvironment.dataFile(
                "boundaries/seoul_neighborhoods_juso2015_shp/seoul_neighborhoods.shp"))
        #expect(shp.layers[0].featureCount == 467)
        #expect(shp.layers[0].epsg == 4326)
        #expect(try readAll(shp).count == 467)

        let json = try VectorSource(
            path: TestEnvironment.dataFile("boundaries/hangjeongdong_seoul_2021.geojson"))
        let layer = json.layers[0]
        #expect(layer.featureCount == 425 && layer.epsg == 4326)
        #expect(layer.encoding == .notApplicable && layer.driver == "GeoJSON")
        #expect(layer.fieldIndex("adm_cd2") != nil && layer.fieldIndex("adm_nm") != nil)
        let features = try readAll(json)
        #expect(features.count == 425)
        #expect(features.contains { $0["adm_nm"] == "서울특별시 종로구 사직동" && $0["adm_cd2"]?.count == 10 })
    }

    /// August's last record is blank: null attributes and the point (-1.8e308, -1.8e308).
    @Test(arguments: [("080116_083116_Data.zip", 19_376, 1), ("090116_093016_Data.zip", 18_443, 0)])
    func portlandCallsAreZippedPoints(file: String, count: Int, blank: Int) throws {
        let source = try VectorSource(
            path: TestEnvironment.dataFile("us_calls_for_service/portland_nij/" + file))
        #expect(source.layers.count == 1)
        #expect(source.datasetNames[0].hasPrefix("/vsizip/"))
        let layer = source.layers[0]
        #expect(layer.featureCount == count && layer.epsg == 2913)
        #expect(layer.geometryType.isPoint && layer.fieldIndex("CATEGORY") != nil)
        var (read, blanks) = (0, 0)
        for feature in try source.features() where feature.wkb != nil {
            read += 1
            if feature["CATEGORY"] == nil { blanks += 1 }
        }
        #expect(read == count && blanks == blank)
    }

    @Test func osmRoadsFromPBFAndBzip2() throws {
        let pbf = try VectorSource(path: TestEnvironment.dataFile("roads/osm/monaco.osm.pbf"))
        let lines = try pbf.layer(named: "lines")
        #expect(lines.driver == "OSM" && lines.epsg == 4326)
        let reader = try pbf.features(in: lines)
        let highways = reader.filter { $0["highway"] != nil }
        #expect(reader.error == nil)
        #expect(highways.count > 2800 && highways.count <= 2927)

        let bz2 = try VectorSource(path: TestEnvironment.dataFile("roads/osm/West-Oakland.osm.bz2"))
        let copy = bz2.datasetNames[0]
        #expect(copy.hasSuffix("West-Oakland.osm") && FileManager.default.fileExists(atPath: copy))
        #expect(try bz2.countFeatures(in: bz2.layer(named: "lines")) > 0)
        bz2.close()
        #expect(!FileManager.default.fileExists(atPath: copy))
    }

    @Test func aNewReaderEndsTheOldOne() throws {
        let source = try VectorSource(
            path: TestEnvironment.dataFile("boundaries/hangjeongdong_seoul_2021.geojson"))
        let first = try source.features()
        #expect(first.next() != nil)
        let second = try source.features()
        #expect(first.next() == nil && first.error != nil)
        #expect(second.next()?.index == 1)
        #expect(throws: VectorError.self) { try source.layer(named: "nope") }
    }
}

/// Broken inputs: each throws a ``VectorError`` whose one-line description names the file.
@Suite struct VectorReaderBadInputTests {
    let folder: String
    let sample = "boundaries/seoul_admdong_kostat_utmk_shp/seoul_admdong_utmk"

    init() throws {
        folder = try TestEnvironment.temporaryFolder("ansim-vector")
    }

    func copy(_ ext: String, to name: String) throws {
        try FileManager.default.copyItem(
            atPath: TestEnvironment.dataFile(sample + "." + ext), toPath: folder + "/" + name)
    }

    func write(_ bytes: [UInt8], to name: String) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: folder + "/" + name))
    }

    /// Opening `name` fails with `kind`, and the description is one line naming the file.
    func expectFailure(_ name: String, _ kind: VectorError.Kind, mentioning hint: String) {
        let path = folder + "/" + name
        do {
            _ = try VectorSource(path: path)
            Issue.record("\(name) opened")
        } catch let error as VectorError {
            #expect(error.kind == kind, "\(error)")
            #expect(error.description.hasPrefix("cannot open \(path): "))
            #expect(error.description.contains(hint), "\(error)")
            #expect(!error.description.contains("\n"))
        } catch {
            Issue.record("\(name): unexpected \(error)")
        }
    }

    @Test func missingEmptyAndIncompleteFiles() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        expectFailure("missing.shp", .notFound, mentioning: "no such file")
        try write([], to: "x.geojson")
        expectFailure("x.geojson", .empty, mentioning: "empty")
        try copy("shp", to: "nodbf.shp")
        try copy("shx", to: "nodbf.shx")
        expectFailure("nodbf.shp", .incomplete, mentioning: "the .dbf is missing")
        try copy("shp", to: "noparts.shp")
        expectFailure("noparts.shp", .incomplete, mentioning: "the .shx and .dbf are missing")
    }

    @Test func garbageIsNotRecognised() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var generator = SystemRandomNumberGenerator()
        let garbage = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
        try write(garbage, to: "x.shp")
        expectFailure("x.shp", .incomplete, mentioning: "missing")
        try write(garbage, to: "x.shx")
        try write(garbage, to: "x.dbf")
        expectFailure("x.shp", .unreadable, mentioning: "x.shp")
        try write(garbage, to: "y.geojson")
        expectFailure("y.geojson", .unreadable, mentioning: "y.geojson")
    }

    @Test func aCorruptShapeStillReadsTheOtherFeatures() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try copy("shx", to: "z.shx")
        try copy("dbf", to: "z.dbf")
        let shx = try [UInt8](Data(contentsOf: URL(fileURLWithPath: folder + "/z.shx")))
        var shp = try [UInt8](
            Data(contentsOf: URL(fileURLWithPath: TestEnvironment.dataFile(sample + ".shp"))))
        // Record 300's offset (16-bit words, big-endian, in the .shx index entry); give
        // its polygon 100,000,000 parts and points, which GDAL refuses to read.
        let entry = 100 + 8 * 300
        let words = shx[entry..<entry + 4].reduce(0) { $0 << 8 | Int($1) }
        let counts = 2 * words + 8 + 36
        for i in 0..<8 { shp[counts + i] = [0x00, 0xE1, 0xF5, 0x05][i % 4] }
        try write(shp, to: "z.shp")

        let source = try VectorSource(path: folder + "/z.shp")
        let reader = try source.features()
        let features = Array(reader)
        #expect(reader.error == nil && features.count == 424)
        let broken = features.filter { $0.wkb == nil }
        #expect(broken.map(\.fid) == [300])
        #expect(broken.first?.geometryProblem?.contains("Corrupted") == true)
        #expect(broken.first?["ADM_NM"] != nil, "the attributes are still read")
    }

    @Test(.enabled(if: Subprocess.which("zip") != nil)) func zipsWithoutAShapefile() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try write(Array("hello\n".utf8), to: "a.txt")
        _ = try Subprocess.run(Subprocess.which("zip")!, ["-q", "text.zip", "a.txt"], directory: folder)
        expectFailure("text.zip", .incomplete, mentioning: "contains no shapefile")
        try copy("shp", to: "b.shp")
        try copy("shx", to: "b.shx")
        _ = try Subprocess.run(
            Subprocess.which("zip")!, ["-q", "nodbf.zip", "b.shp", "b.shx"], directory: folder)
        expectFailure("nodbf.zip", .incomplete, mentioning: "the .dbf is missing for b.shp")
        try write(Array(repeating: 0x50, count: 100), to: "junk.zip")
        expectFailure("junk.zip", .unreadable, mentioning: "zip")
    }

    @Test(.enabled(if: Subprocess.which("zip") != nil)) func aZipWithSeveralShapefilesHasALayerEach() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let roads = "roads/gangnam_juso_roadmap_2019/"
        for layer in ["TL_SCCO_EMD", "TL_SCCO_SIG"] {
            for ext in ["shp", "shx", "dbf", "prj"] {
                try FileManager.default.copyItem(
                    atPath: TestEnvironment.dataFile(roads + layer + "." + ext),
                    toPath: "\(folder)/\(layer).\(ext)")
            }
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: folder)
        _ = try Subprocess.run(Subprocess.which("zip")!, ["-q", "two.zip"] + files, directory: folder)
        let source = try VectorSource(path: folder + "/two.zip")
        #expect(source.layers.map(\.name) == ["TL_SCCO_EMD", "TL_SCCO_SIG"])
        #expect(source.layers.map(\.featureCount) == [14, 1])
        #expect(source.layers.allSatisfy { $0.epsg == 5179 && $0.encoding == .detected("CP949") })
        let dongs = try source.features(in: "TL_SCCO_EMD").compactMap { $0["EMD_KOR_NM"] }
        #expect(dongs.count == 14 && dongs.contains("역삼동"))
    }
}
