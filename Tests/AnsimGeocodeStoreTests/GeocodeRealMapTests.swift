import AnsimETL
import AnsimGeocode
import AnsimGeocodeStore
import AnsimStore
import AnsimTestSupport
import Foundation
import Testing

/// The geocoder on the shipped 강남구 road-name-address map, loaded by the ETL into a
/// scratch database, checked against hand-read intervals and the 강남구 CCTV file.
@Suite(.serialized) struct GeocodeRealMapTests {
    static let loaded: Result<(String, Geocoder), any Error> = Result {
        let (name, connection) = try TestDatabase.migratedScratch("geocode")
        let catalog = try SourceCatalog(folder: TestEnvironment.repositoryRoot + "/data/sources")
        let loader = Loader(
            connection: connection, catalog: catalog, dataFolder: TestEnvironment.dataDirectory, version: "test")
        for file in [
            "boundaries/seoul_gu_juso2015.geojson", "boundaries/seoul_dong_juso2015_simple.geojson",
            "roads/gangnam_juso_roadmap_2019/TL_SPRD_MANAGE.shp", "roads/gangnam_juso_roadmap_2019/TL_SPRD_INTRVL.shp",
        ] {
            _ = try loader.load(try TestEnvironment.dataFile(file))
        }
        return (name, Geocoder(index: try GeocodeIndexLoader.load(on: connection)))
    }

    var geocoder: Geocoder { get throws { try Self.loaded.get().1 } }

    @Test func handReadIntervalOfHakdongro156() throws {
        // TL_SPRD_INTRVL row BSI_INT_SN 809: RDS_MAN_NO 7 (학동로), ODD_BSI_MN 155, EVE_BSI_MN 156.
        let m = try #require(try geocoder.geocode("서울특별시 강남구 학동로 156").match)
        #expect(m.precision == .interval && m.interval == "809" && m.section == "7" && m.side == "even")
        #expect(m.road == "학동로" && m.sigungu == "강남구" && !m.interpolated)
        let back = try #require(try geocoder.reverse(m.point))
        #expect(back.address == "서울특별시 강남구 학동로 156" && back.interval == "809")
        let odd = try #require(try geocoder.geocode("강남구 학동로 155").match)
        #expect(odd.interval == "809" && odd.side == "odd" && odd.point.distance(to: m.point) > 10)
    }

    @Test func unknownOrOutsideAddressesAreUnmatched() throws {
        let g = try geocoder
        #expect(g.geocode("서초구 학동로 156").reason == "no road 학동로 in 서초구 (it is in 강남구)")
        #expect(g.geocode("강남구 없는길 4").reason?.hasPrefix("no road named 없는길 in the road map") == true)
        #expect(g.geocode("강남구 역삼동 123-4").match?.precision == .beopjeongdong)
    }

    @Test func gangnamCCTVRoadAddressesMeetTheGoal() throws {
        let g = try geocoder
        let reader = try DelimitedReader(path: TestEnvironment.dataFile("cctv/gangnam_cctv_standard_20190312.csv"))
        let header = try #require(try reader.nextRecord()).fields
        let (a, lon, lat) = (
            try #require(header.firstIndex(of: "소재지도로명주소")), try #require(header.firstIndex(of: "경도")),
            try #require(header.firstIndex(of: "위도"))
        )
        var points: [(String, Double, Double)] = []
        while let r = try reader.nextRecord() {
            guard let x = Double(r.fields[lon]), let y = Double(r.fields[lat]) else { continue }
            guard (try? g.parser.parse(r.fields[a]).kind) == .road else { continue }
            points.append((r.fields[a], x, y))
        }
        let truth = try GeocodeProjection().plane(points.map { ($0.1, $0.2) })
        var errors: [Double] = []
        for (i, p) in points.enumerated() {
            if let m = g.geocode(p.0).match, m.precision == .interval, let t = truth[i] {
                errors.append(m.point.distance(to: t))
            }
        }
        errors.sort()
        #expect(points.count > 1500)
        #expect(Double(errors.count) >= 0.9 * Double(points.count))
        #expect(errors[errors.count / 2] <= 30)
    }
}
