import AnsimMap
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The GeoJSON layers hold exactly the seeded features, filtered as asked, and nothing personal.
@Suite struct MapLayerTests {
    typealias JSON = [String: Any]

    static func features(_ json: JSON?) -> [JSON] { json?["features"] as? [JSON] ?? [] }
    static func meta(_ json: JSON?) -> JSON { json?["meta"] as? JSON ?? [:] }
    static func properties(_ f: JSON) -> JSON { f["properties"] as? JSON ?? [:] }
    /// A JSON number as a Double (JSONSerialization hands out NSNumbers).
    static func number(_ value: Any?) -> Double? { (value as? NSNumber)?.doubleValue }
    /// The id of the run a layer drew.
    static func runID(_ json: JSON?) -> Int64? { ((meta(json)["run"] as? JSON)?["id"] as? NSNumber)?.int64Value }

    @Test func incidentsAreCountedPerCellByPeriodAndClassNeverAsPoints() async throws {
        let f = try MapFixture("map_incidents")
        try await f.server.application.test(.router) { c in
            let t = try await f.login(c, "ana")
            let week = try await f.get(c, "/map/layers/incidents?from=2023-04-03&to=2023-04-09", token: t)
            #expect(week.status == .ok)
            #expect(week.json?["type"] as? String == "FeatureCollection")
            #expect((week.json?["crs"] as? JSON)?.description.contains("EPSG::5179") == true)
            let meta = Self.meta(week.json)
            #expect(meta["events"] as? Int == 10)
            #expect(meta["synthetic"] as? Bool == true)
            #expect(meta["aggregated"] as? Bool == true)
            #expect(Self.number(meta["cell"]) == 100)
            let cells = Self.features(week.json)
            #expect(cells.count == 2)
            for cell in cells {
                let g = cell["geometry"] as? JSON
                #expect(g?["type"] as? String == "Polygon", "incidents leave the server as cells only")
                #expect(Self.properties(cell)["count"] as? Int == 5)
            }
            let classes = cells.compactMap { Self.properties($0)["classes"] as? [String: Int] }
            #expect(Set(classes) == [["절도": 5], ["폭력": 5]])
            #expect(!week.text.contains("SECRET"), "incident numbers never leave the server")
            #expect(!week.text.contains(#""EPSG:5179""#), "one crs for the collection, none per geometry")

            let theft = try await f.get(
                c, "/map/layers/incidents?from=2023-04-03&to=2023-04-09&class=%EC%A0%88%EB%8F%84", token: t)
            #expect(Self.meta(theft.json)["events"] as? Int == 5)
            #expect(Self.meta(theft.json)["classes"] as? [String] == ["절도"])
            let box = MapSeed.assaultCell.map { String(Int($0)) }.joined(separator: ",")
            let inBox = try await f.get(c, "/map/layers/incidents?from=2023-04-03&to=2023-04-09&bbox=\(box)", token: t)
            #expect(Self.meta(inBox.json)["events"] as? Int == 5)

            // Without a period: the 28 days ending on the day of the latest incident.
            let latest = try await f.get(c, "/map/layers/incidents", token: t)
            #expect(Self.meta(latest.json)["from"] as? String == "2023-04-23")
            #expect(Self.meta(latest.json)["to"] as? String == "2023-05-20")
            #expect(Self.meta(latest.json)["events"] as? Int == 1)
            let coarse = try await f.get(c, "/map/layers/incidents?from=2023-04-01&to=2023-05-31&limit=2", token: t)
            #expect(Self.features(coarse.json).count <= 2)
            #expect((Self.number(Self.meta(coarse.json)["cell"]) ?? 0) > 100, "cells grow until the limit holds")
        }
    }

    @Test func boundariesBoxesAndCCTVCarryNoAddressOrPhone() async throws {
        let f = try MapFixture("map_places")
        try await f.server.application.test(.router) { c in
            let t = try await f.login(c, "adm")
            let gu = try await f.get(c, "/map/layers/gu", token: t)
            #expect(Self.features(gu.json).map { Self.properties($0)["name"] as? String } == ["테스트구"])
            #expect(Self.properties(Self.features(gu.json)[0])["label_x"] as? Int == 960000)
            let dong = try await f.get(c, "/map/layers/dong", token: t)
            #expect(Self.features(dong.json).map { Self.properties($0)["name"] as? String } == ["테스트동"])
            let boxes = try await f.get(c, "/map/layers/boxes", token: t)
            #expect(Self.features(boxes.json).compactMap { Self.properties($0)["name"] as? String } == ["테스트경찰서", "테스트지구대"])
            let cctv = try await f.get(c, "/map/layers/cctv", token: t)
            #expect(Self.features(cctv.json).count == 3)
            #expect(Self.meta(cctv.json)["aggregated"] as? Bool == false)
            #expect(Self.features(cctv.json).compactMap { Self.properties($0)["cameras"] as? Int }.sorted() == [1, 2, 3])
            let counted = try await f.get(c, "/map/layers/cctv?limit=2", token: t)
            #expect(Self.meta(counted.json)["aggregated"] as? Bool == true)
            let total = Self.features(counted.json).compactMap { Self.properties($0)["count"] as? Int }.reduce(0, +)
            #expect(total == 6, "camera counts summed per cell")
            for text in [gu.text, boxes.text, cctv.text] {
                #expect(!text.contains("비밀로") && !text.contains("카메라로") && !text.contains("02-000"))
            }
        }
    }

    @Test func runLayersDrawTheLatestOrTheChosenRun() async throws {
        let f = try MapFixture("map_runs")
        // A later emerging hotspot run: its classes are categories, so it is never the default.
        let emerging = try MapSeed.run("hotspot", "emerging", "2023-03-13", "2023-05-01", parent: nil, on: f.admin)
        try MapSeed.cells(run: emerging, block: [958000, 1942000, 958300, 1942300], class: "new_hot_spot", on: f.admin)
        try await f.server.application.test(.router) { c in
            let t = try await f.login(c, "ana")
            let latest = try await f.get(c, "/map/layers/hotspots", token: t)
            #expect(Self.runID(latest.json) == f.runs.hot)
            #expect(Self.features(latest.json).count == 9, "the 9 hot-99 cells, not the ns ones")
            #expect(Set(Self.features(latest.json).compactMap { Self.properties($0)["class"] as? String }) == ["hot-99"])
            let early = try await f.get(c, "/map/layers/hotspots?to=2023-04-01", token: t)
            #expect(Self.runID(early.json) == f.runs.oldHot)
            let chosen = try await f.get(c, "/map/layers/hotspots?run=\(f.runs.oldHot)", token: t)
            #expect(Set(Self.features(chosen.json).compactMap { Self.properties($0)["class"] as? String }) == ["cold-99"])
            let none = try await f.get(c, "/map/layers/hotspots?to=2023-01-01", token: t)
            #expect(Self.features(none.json).isEmpty)
            #expect((Self.meta(none.json)["note"] as? String)?.contains("no hotspot run") == true)
            let forecast = try await f.get(c, "/map/layers/forecast", token: t)
            #expect(Self.features(forecast.json).count == 9)
            let patrol = try await f.get(c, "/map/layers/patrol", token: t)
            let kinds = Self.features(patrol.json).compactMap { Self.properties($0)["kind"] as? String }
            #expect(kinds == ["route", "stop", "stop"])
            #expect(Self.meta(patrol.json)["synthetic"] as? Bool == true, "the plan rests on a synthetic forecast")
            #expect((Self.meta(patrol.json)["runs"] as? [NSNumber])?.map(\.int64Value) == [f.runs.patrol])
            let runs = try await c.execute(uri: "/map/runs?kind=hotspot", method: .get, headers: [.authorization: "Bearer " + t]) {
                String(buffer: $0.body)
            }
            #expect(runs.contains(#""id":\#(f.runs.hot)"#) && runs.contains(#""id":\#(f.runs.oldHot)"#))
            #expect(!runs.contains(#""kind":"forecast""#))
        }
    }
}
