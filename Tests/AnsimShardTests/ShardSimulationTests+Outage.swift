import AnsimShard
import AnsimStore
import AnsimSupport
import AnsimTestSupport
import Foundation
import Testing

extension ShardSimulationTests {
    /// With shard_b stopped: a query for its agency fails with ``ShardUnavailable``
    /// naming the agency and the shard; Seoul's answers (partition pruning keeps them
    /// off shard_b) still equal the single cluster's; a cross-agency query fails naming
    /// shard_b and the agency it holds.
    func expectOutage(_ sim: ShardSimulation, _ coordinator: Connection, _ single: Connection) throws {
        let router = try ShardRouter(connection: coordinator)
        try sim.stop("shard_b")

        let counts = ShardComparison.counts.sql
        do {
            try router.query(
                counts, [ShardComparison.agencies(["gyeonggi_nambu"])], agency: "gyeonggi_nambu",
                purpose: "count gyeonggi_nambu's events")
            Issue.record("a query for gyeonggi_nambu succeeded with its shard down")
        } catch let error as ShardUnavailable {
            #expect(error.shard == "shard_b")
            #expect(error.requestedAgency == "gyeonggi_nambu")
            #expect(error.host?.hasSuffix("/shard_b/run") == true, "\(error)")
            #expect(error.underlying.sqlState == "08001", "\(error.underlying)")
            #expect(
                error.description.contains("agency gyeonggi_nambu is unavailable: its shard shard_b"),
                "\(error)")
            print("one agency, shard down: \(error)")
        }

        try expectEqualAnswers(coordinator, single, agencies: ["seoul"], nonEmpty: true, router: router)
        try expectStatusCommand(sim, seoulIncidents: try count(single, "seoul"))
        try expectAgencyLookup(sim, single)

        do {
            try router.query(
                counts, [ShardComparison.agencies(Self.bothAgencies)], agency: nil,
                purpose: "count every agency's events")
            Issue.record("a cross-agency query succeeded with a shard down")
        } catch let error as ShardUnavailable {
            #expect(error.shard == "shard_b")
            #expect(error.requestedAgency == nil)
            #expect(error.agencies == ["gyeonggi_nambu"])
            #expect(error.description.contains("shard shard_b"), "\(error)")
            print("all agencies, shard down: \(error)")
        }
    }

    /// `ansim shard status --json` on the coordinator: Seoul counted, gyeonggi_nambu
    /// reported unavailable with its shard, exit status 1.
    func expectStatusCommand(_ sim: ShardSimulation, seoulIncidents: Int) throws {
        let result = try TestEnvironment.ansim(
            ["shard", "status", "--json"], environment: sim.ansimEnvironment("coordinator"))
        #expect(result.status == 1, "\(result.error)")
        let lines = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]] ?? []
        #expect(lines.count == 2, "\(result.output)")
        let seoul = lines.first { $0["agency"] as? String == "seoul" }
        #expect(seoul?["available"] as? Bool == true)
        #expect(seoul?["incidents"] as? Int == seoulIncidents)
        let other = lines.first { $0["agency"] as? String == "gyeonggi_nambu" }
        #expect(other?["available"] as? Bool == false)
        #expect((other?["error"] as? String)?.contains("its shard shard_b") == true, "\(result.output)")
        print("ansim shard status with shard_b down:\n\(result.output)")
    }
}
