import AnsimETL
import AnsimTestSupport
import Foundation
import Testing

extension LookupServerTests {
    /// POST /lookup with the scene as an address: refused with 503 until the
    /// road-name-address map is loaded, then geocoded offline (the scene says how), and
    /// refused with a 4xx for an unknown address or an address given with coordinates.
    @Test func scenesGivenAsAddresses() async throws {
        let f = try Self.fixture.get()
        let body = "{\"address\":\"서울특별시 강남구 학동로 156\",\"code\":1,\"incident_class\":\"폭력\",\"reach\":false}"
        try await f.server.application.test(.router) { c in
            let t = try await f.login(c, "dp.one")
            let (before, why) = try await f.send(c, .post, "/lookup", token: t, body: body)
            #expect(before == 503 && why.contains("road-name-address map is not loaded"), "\(before) \(why)")
        }
        let catalog = try SourceCatalog(folder: TestEnvironment.repositoryRoot + "/data/sources")
        let loader = Loader(
            connection: f.data.db, catalog: catalog, dataFolder: TestEnvironment.dataDirectory, version: "test")
        for file in [
            "boundaries/seoul_gu_juso2015.geojson", "boundaries/seoul_dong_juso2015_simple.geojson",
            "roads/gangnam_juso_roadmap_2019/TL_SPRD_MANAGE.shp", "roads/gangnam_juso_roadmap_2019/TL_SPRD_INTRVL.shp",
        ] {
            _ = try loader.load(try TestEnvironment.dataFile(file))
        }
        let expected = try f.data.store.locate(address: "강남구 학동로 156")
        #expect(expected.address.precision == "interval")
        let (x, y) = (expected.x, expected.y)
        try await f.server.application.test(.router) { c in
            let t = try await f.login(c, "dp.one")
            let (status, text) = try await f.send(c, .post, "/lookup", token: t, body: body)
            #expect(status == 200, "\(text)")
            let json = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
            let scene = json["scene"] as! [String: Any]
            let address = try #require(scene["address"] as? [String: Any])
            #expect(address["precision"] as? String == "interval")
            #expect(address["matched"] as? String == "강남구 학동로 156")
            #expect(address["query"] as? String == "서울특별시 강남구 학동로 156")
            // The scene is the geocoder's point (hand-checked interval 809 in GeocodeRealMapTests).
            #expect(abs((scene["x"] as! Double) - x) < 0.01 && abs((scene["y"] as! Double) - y) < 0.01)
            let refusals: [(String, Int, String)] = [
                ("{\"address\":\"서울특별시 강남구 없는길 99999\",\"code\":1}", 422, "address not found"),
                ("{\"address\":\"강남구 학동로 156\",\"lon\":127.03,\"lat\":37.5,\"code\":1}", 400, "give the scene once"),
                ("{\"address\":\"\",\"code\":1}", 400, "1 … 200 characters"),
            ]
            for (bad, expected, message) in refusals {
                let (s, reply) = try await f.send(c, .post, "/lookup", token: t, body: bad)
                #expect(s == expected && reply.contains(message), "\(bad) → \(s) \(reply)")
            }
        }
    }
}
