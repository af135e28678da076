import AnsimSupport
import AnsimTestSupport
import Foundation
import Testing

/// `ansim geocode` end to end on a scratch database holding the shipped 강남구 road map:
/// the JSON keys of the contract, the batch columns, unmatched addresses and bad input.
@Suite(.serialized) struct GeocodeCLITests {
    static let database: Result<[String: String], any Error> = Result {
        let (name, _) = try TestDatabase.migratedScratch("geocode_cli")
        var env = TestEnvironment.environment()
        env["DATABASE_URL"] = try TestDatabase.url(database: name)
        for file in [
            "boundaries/seoul_gu_juso2015.geojson", "boundaries/seoul_dong_juso2015_simple.geojson",
            "roads/gangnam_juso_roadmap_2019/TL_SPRD_MANAGE.shp", "roads/gangnam_juso_roadmap_2019/TL_SPRD_INTRVL.shp",
        ] {
            let r = try TestEnvironment.ansim(["etl", "load", try TestEnvironment.dataFile(file)], environment: env)
            guard r.status == 0 else { throw AnsimError("loading \(file): \(r.error)") }
        }
        return env
    }

    func ansim(_ arguments: [String]) throws -> Subprocess.Result {
        try TestEnvironment.ansim(["geocode"] + arguments, environment: try Self.database.get())
    }

    @Test func oneAddressPrintsTheContractKeys() throws {
        let r = try ansim(["서울특별시 강남구 학동로 156"])
        #expect(r.status == 0, "\(r.error)")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(r.output.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["lon", "lat", "x5179", "y5179", "precision", "matched"])
        #expect(object["precision"] as? String == "interval")
        let lon = try #require(object["lon"] as? Double)
        let lat = try #require(object["lat"] as? Double)
        #expect(abs(lon - 127.0278) < 0.001 && abs(lat - 37.5130) < 0.001)
        let matched = try #require(object["matched"] as? [String: Any])
        #expect(matched["road"] as? String == "학동로" && matched["number"] as? String == "156")
    }

    @Test func unmatchedAddressExitsOneWithTheReason() throws {
        let r = try ansim(["서초구 학동로 156"])
        #expect(r.status == 1)
        #expect(r.output.contains("\"reason\":\"no road 학동로 in 서초구 (it is in 강남구)\""))
        #expect(r.output.contains("\"precision\":null"))
    }

    @Test func batchAppendsLonLatPrecision() throws {
        let dir = try TestEnvironment.temporaryFolder("ansim-geocode")
        let input = dir + "/in.csv"
        try "id,address\n1,서울특별시 강남구 학동로 156\n2,서울특별시 강남구\n3,강남구 역삼동 123\n".write(
            toFile: input, atomically: true, encoding: .utf8)
        let r = try ansim(["--file", input, "--column", "address", "--out", dir + "/out.csv"])
        #expect(r.status == 0, "\(r.error)")
        #expect(r.error.contains("3 addresses: 2 matched (66.7%: interval 1, beopjeongdong 1), 1 unmatched"))
        let lines = try String(contentsOfFile: dir + "/out.csv", encoding: .utf8).split(separator: "\n")
        #expect(lines[0] == "id,address,lon,lat,precision")
        #expect(lines[1].hasSuffix(",interval") && lines[2] == "2,서울특별시 강남구,,,")
        #expect(lines[3].hasSuffix(",beopjeongdong"))
        let bad = try ansim(["--file", input, "--column", "주소"])
        #expect(bad.status == 1 && bad.error.contains("no column \"주소\" (columns: id, address)"))
    }
}
