import AnsimLookupStore
import AnsimStore
import AnsimSupport
import AnsimTestSupport
import Foundation
import Testing

extension ShardSimulationTests {
    /// With shard_b down: the lookup engine of one agency (`LookupStore(agency:)`,
    /// `ansim lookup --agency`) loads Seoul's partitions from the coordinator — the same
    /// events as the single cluster holds for Seoul — while an engine of every agency
    /// cannot load, and an agency without police organisations is refused by name.
    func expectAgencyLookup(_ sim: ShardSimulation, _ single: Connection) throws {
        let url = try sim.script("url", ["coordinator"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        let seoul = try LookupStore(settings: .url(url), agency: "seoul")
        try seoul.load()
        let held = seoul.engine.summary
        let expected = try single.query(
            """
            SELECT (SELECT count(*) FROM incident WHERE agency = 'seoul')::int,
                   (SELECT count(*) FROM call_112 WHERE agency = 'seoul')::int,
                   (SELECT count(*) FROM police_org WHERE agency = 'seoul' AND kind = 'box' AND geom IS NOT NULL)::int
            """, purpose: "Seoul's rows on the single cluster")[0]
        #expect(held["incidents"] == (try expected.decode(Int.self, at: 0)), "\(held)")
        #expect(held["calls"] == (try expected.decode(Int.self, at: 1)), "\(held)")
        #expect(held["incidents"] ?? 0 > 0, "no Seoul incident loaded: the comparison would prove nothing")
        #expect(held["responders"] ?? 0 >= (try expected.decode(Int.self, at: 2)), "\(held)")

        #expect(throws: (any Error).self, "an engine of every agency loaded with shard_b down") {
            try LookupStore(settings: .url(url)).load()
        }
        #expect {
            try LookupStore(settings: .url(url), agency: "busan").load()
        } throws: { error in
            (error as? LookupAgencyError)?.description.contains("agency \"busan\" has no police organisation") == true
        }

        let scene = try single.query(
            "SELECT ST_X(geom), ST_Y(geom) FROM incident WHERE agency = 'seoul' ORDER BY id LIMIT 1",
            purpose: "a Seoul scene")[0]
        let result = try TestEnvironment.ansim(
            [
                "lookup", "--agency", "seoul", "--x", scene["st_x"] ?? "", "--y", scene["st_y"] ?? "",
                "--time", "2024-12-31T23:00:00+09:00", "--code", "1", "--class", "폭력", "--no-reach",
            ], environment: sim.ansimEnvironment("coordinator"))
        #expect(result.status == 0, "\(result.error)")
        let json = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any] ?? [:]
        #expect(json["past_incidents"] != nil, "\(result.output.prefix(300))")
        print("ansim lookup --agency seoul with shard_b down: \(result.output.count) bytes of JSON")
    }
}
