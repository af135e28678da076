import AnsimETL
import AnsimStore
import AnsimSupport
import AnsimTestSupport
import Foundation
import Testing

/// Loads of the real shipped files, with the counts SOURCES.md and the files themselves give.
@Suite(.serialized) struct ShippedSourcesTests {
    @Test func seoulCCTVEveryRowAccountedFor() throws {
        let f = try ETLFixture("etl_cctv")
        defer { f.drop() }
        let path = try TestEnvironment.dataFile("cctv/seoul_cctv_points_ando2021.csv")
        let r = try f.loader.load(path)
        #expect(r.source == "cctv_seoul_ando2021")
        #expect(r.rowsRead == 37_340)
        #expect(ETLFixture.addsUp(r))
        // 36,933 distinct rows (checked with Python's csv module); 16 of them lie outside
        // Seoul (one has lat = lon, others are off by whole degrees); 110 had lat/lon swapped.
        #expect(r.rowsLoaded == 36_917)
        #expect(r.rowsDuplicate == 407)
        #expect(r.rowsQuarantined == 16)
        #expect(r.quarantineReasons == [LoadReport.ReasonCount(reason: "outside Seoul", rows: 16)])
        #expect(r.warnings.first?.hasPrefix("110 × longitude and latitude swapped") == true)
        #expect(try f.count("SELECT count(*) FROM cctv") == 36_917)
        #expect(try f.count("SELECT sum(camera_count) FROM cctv") > 60_000)
        // Every quarantined row is kept with its line, text and reason.
        #expect(
            try f.count(
                "SELECT count(*) FROM etl_quarantine WHERE run_id = $1 AND reason LIKE 'outside Seoul: %' AND raw <> ''",
                [r.runID]) == 16)
        #expect(
            try f.count(
                "SELECT count(*) FROM etl_quarantine WHERE run_id = $1 AND reason LIKE 'duplicate:%'",
                [r.runID]) == 407)
        // Loading the same file again changes nothing.
        let again = try f.loader.load(path)
        #expect(again.rowsLoaded == 0 && again.rowsUnchanged == 36_917 && again.rowsRemoved == 0)
        #expect(try f.count("SELECT count(*) FROM cctv") == 36_917)
        #expect(try f.count("SELECT count(*) FROM etl_run WHERE status = 'succeeded'") == 2)
    }

    /// The 2021 bars file has EPSG:5174 X/Y (loaded) beside lon/lat (kept in attributes):
    /// the stored points, back in WGS 84, match the file's lon/lat within 1e-5° for the
    /// 1,711 rows whose lon/lat were computed from X/Y (see CoordinateTransformTests).
    @Test func barsReprojectedFrom5174() throws {
        let f = try ETLFixture("etl_bars")
        defer { f.drop() }
        let r = try f.loader.load(
            try TestEnvironment.dataFile("risk_factors/seoul_entertainment_bars_ando2021.csv"))
        #expect(r.rowsRead == 1_839 && r.rowsLoaded == 1_837 && r.rowsQuarantined == 2)
        #expect(r.crs == "EPSG:5174")
        let agree = try f.count(
            """
            SELECT count(*) FROM risk_site, ST_Transform(geom, 4326) AS p
            WHERE abs(ST_X(p) - (attributes->>'경도')::float8) < 1e-5 AND abs(ST_Y(p) - (attributes->>'위도')::float8) < 1e-5
            """)
        #expect(agree == 1_711)
        // Each stored point (Swift: PROJ 5174 → 5179) is where PostGIS puts the file's
        // X/Y (ST_Transform 5174 → 5179) within a micrometre.
        let exact = try f.count(
            """
            SELECT count(*) FROM risk_site
            WHERE ST_Distance(geom, ST_Transform(ST_SetSRID(ST_MakePoint(
                (attributes->>'X')::float8, (attributes->>'Y')::float8), 5174), 5179)) < 1e-6
            """)
        #expect(exact == 1_837)
    }

    @Test func securityLightsAll24FilesAccountedFor() throws {
        let f = try ETLFixture("etl_lights")
        defer { f.drop() }
        let folder = try TestEnvironment.dataFile("risk_factors/security_lights_2021")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter {
            $0.hasSuffix(".csv")
        }.sorted()
        #expect(files.count == 24)
        var read = 0
        var sources = Set<String>()
        for file in files {
            let r = try f.loader.load(folder + "/" + file, options: LoadOptions(kind: .riskSite))
            #expect(ETLFixture.addsUp(r), "\(file)")
            read += r.rowsRead
            sources.insert(r.source)
        }
        #expect(read == 201_760)
        #expect(
            sources == [
                "security_lights_standard", "security_lights_dongdaemun", "security_lights_preprocessed",
            ])
        let loaded = try f.count("SELECT count(*) FROM risk_site WHERE category = 'security_light'")
        let quarantined = try f.count(
            "SELECT count(*) FROM etl_quarantine WHERE reason NOT LIKE 'duplicate:%'")
        let duplicate = try f.count("SELECT count(*) FROM etl_quarantine WHERE reason LIKE 'duplicate:%'")
        #expect(loaded + quarantined + duplicate == 201_760)
        // 동대문구's (0,0) rows are quarantined as such (936 of them).
        #expect(
            try f.count("SELECT count(*) FROM etl_quarantine WHERE reason LIKE 'zero coordinates%'") == 936)
    }

    @Test func populationJoinsEveryDongToItsBoundary() throws {
        let f = try ETLFixture("etl_pop")
        defer { f.drop() }
        _ = try f.loader.load(try TestEnvironment.dataFile("boundaries/hangjeongdong_seoul_2021.geojson"))
        let r = try f.loader.load(try TestEnvironment.dataFile("population/seoul_dong_population_2021Q2.tsv"))
        #expect(r.rowsRead == 451 && r.rowsLoaded == 425 && r.rowsQuarantined == 26)
        #expect(try f.count("SELECT count(*) FROM population_dong WHERE adm_code IS NOT NULL") == 425)
        #expect(try f.count("SELECT sum(population) FROM population_dong") == 9_795_426)
        // "종로1.2.3.4가동" found its boundary "종로1·2·3·4가동".
        #expect(
            try f.count(
                """
                SELECT count(*) FROM population_dong p JOIN admin_area a ON a.code = p.adm_code
                WHERE p.dong = '종로1.2.3.4가동' AND a.name = '종로1·2·3·4가동'
                """) == 1)
    }

    @Test func policeFacilitiesMergeIntoOneTable() throws {
        let f = try ETLFixture("etl_police")
        defer { f.drop() }
        for file in [
            "police/seoul_police_stations_qw2022.csv", "police/seoul_police_boxes_qw2022.csv",
            "police/seoul_security_centers_qw2022.csv", "police/seoul_police_boxes_ando2021.csv",
        ] {
            let r = try f.loader.load(try TestEnvironment.dataFile(file))
            #expect(ETLFixture.addsUp(r), "\(file)")
        }
        // The box filed among the stations ("서울강서경찰서 가양지구대") is a box, once.
        #expect(try f.count("SELECT count(*) FROM police_org WHERE name = '가양지구대' AND kind = 'box'") == 1)
        #expect(try f.count("SELECT count(*) FROM police_org WHERE kind = 'station' AND name = '강서경찰서'") == 1)
        // Boxes named in both sources are one row listing both.
        #expect(try f.count("SELECT count(*) FROM police_org WHERE cardinality(sources) = 2") > 150)
    }

    @Test func portlandCallsFromZippedShapefiles() throws {
        let f = try ETLFixture("etl_portland")
        defer { f.drop() }
        let aug = try f.loader.load(
            try TestEnvironment.dataFile("us_calls_for_service/portland_nij/080116_083116_Data.zip"))
        let sep = try f.loader.load(
            try TestEnvironment.dataFile("us_calls_for_service/portland_nij/090116_093016_Data.zip"))
        #expect(aug.rowsRead == 19_376 && sep.rowsRead == 18_443)
        #expect(aug.crs == "EPSG:2913")
        #expect(ETLFixture.addsUp(aug) && ETLFixture.addsUp(sep))
        #expect(
            try f.count("SELECT count(*) FROM call_for_service WHERE agency = 'portland'") == aug.rowsLoaded
                + sep.rowsLoaded)
        #expect(
            try f.count(
                "SELECT count(*) FROM call_for_service WHERE occurred_on NOT BETWEEN '2016-08-01' AND '2016-09-30'"
            ) == 0)
    }
}

/// Formats users have beyond the shipped ones: a GeoPackage made from a shipped
/// shapefile with GDAL's own ogr2ogr loads to the same rows.
@Suite struct OtherFormatsTests {
    @Test(.enabled(if: Subprocess.which("ogr2ogr") != nil, "needs ogr2ogr (gdal-bin)"))
    func geoPackage() throws {
        let f = try ETLFixture("etl_gpkg")
        defer { f.drop() }
        let dir = try TestEnvironment.temporaryFolder("ansim-gpkg")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let shp = try TestEnvironment.dataFile("boundaries/seoul_admdong_kostat_utmk_shp/seoul_admdong_utmk.shp")
        let gpkg = dir + "/admdong.gpkg"
        let made = try Subprocess.run(
            Subprocess.which("ogr2ogr")!, ["-f", "GPKG", gpkg, shp, "-a_srs", "EPSG:5179", "-nln", "admdong"])
        #expect(made.status == 0, "\(made.error)")
        let r = try f.loader.load(gpkg, options: LoadOptions(sourceID: "admdong_seoul_kostat_utmk"))
        #expect(r.rowsRead == 424 && r.rowsLoaded == 424 && r.rowsQuarantined == 0)
        #expect(r.crs == "EPSG:5179")
        #expect(try f.count("SELECT count(*) FROM admin_area WHERE name = '사직동' AND ST_IsValid(geom)") == 1)
    }
}
