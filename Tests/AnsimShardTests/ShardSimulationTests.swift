import AnsimShard
import AnsimStore
import AnsimSupport
import AnsimTestSupport
import Foundation
import Testing

/// The operational store's sharding simulation end to end (docs/SCALE.md): built from
/// scratch by scripts/shards.sh, loaded through the normal ETL, compared with a single
/// cluster holding the same files, then run with one shard down. Every cluster is
/// stopped at the end, also when an expectation fails or a step throws.
@Suite(.serialized) struct ShardSimulationTests {
    static let bothAgencies = ["gyeonggi_nambu", "seoul"]

    @Test func shardedCoordinatorAnswersLikeOneClusterAndSurvivesAShardOutage() throws {
        let sim = ShardSimulation()
        try sim.reset()
        defer { sim.stopAll() }
        try sim.script("all")
        try sim.script("single")
        let coordinator = try sim.connect("coordinator")
        let single = try sim.connect("single")

        try expectEqualAnswers(coordinator, single, agencies: Self.bothAgencies, nonEmpty: true)
        try expectPlacement(sim, coordinator)
        try expectPlans(coordinator)
        try expectSnapshotReload(sim, coordinator, single)
        try expectEqualAnswers(coordinator, single, agencies: Self.bothAgencies, nonEmpty: true)
        try expectOutage(sim, coordinator, single)
    }

    /// Every comparison question gives the same rows on both databases.
    func expectEqualAnswers(
        _ coordinator: Connection, _ single: Connection, agencies: [String], nonEmpty: Bool,
        router: ShardRouter? = nil
    ) throws {
        let codes = ShardComparison.agencies(agencies)
        for question in ShardComparison.all {
            let sharded =
                try router.map {
                    try $0.query(
                        question.sql, [codes], agency: agencies.count == 1 ? agencies[0] : nil,
                        purpose: question.name)
                } ?? coordinator.query(question.sql, [codes], purpose: question.name)
            let expected = ShardComparison.answer(
                try single.query(question.sql, [codes], purpose: question.name))
            let got = ShardComparison.answer(sharded)
            #expect(got == expected, "\(question.name) for \(agencies): sharded ≠ single")
            if nonEmpty {
                #expect(!expected.isEmpty, "\(question.name) has no rows: the comparison would prove nothing")
                for agency in agencies where question.name != ShardComparison.lookup.name {
                    #expect(
                        expected.contains { $0.contains(agency) }, "\(question.name): no rows of \(agency)")
                }
            }
        }
    }

    /// Each agency sits on its own shard; each shard holds only its agency's events and
    /// a full copy of the reference tables (logical replication).
    func expectPlacement(_ sim: ShardSimulation, _ coordinator: Connection) throws {
        let router = try ShardRouter(connection: coordinator)
        #expect(
            router.placements.map { [$0.agency, $0.shard] } == [
                ["gyeonggi_nambu", "shard_b"], ["seoul", "shard_a"],
            ])
        #expect(router.placements.allSatisfy { $0.eventTables == ["call_112", "incident"] })
        let reference = """
            SELECT (SELECT count(*) FROM admin_area), (SELECT count(*) FROM police_org),
                   (SELECT string_agg(code, ',' ORDER BY code) FROM agency)
            """
        let expected = ShardComparison.answer(try coordinator.query(reference, purpose: "reference rows"))
        for (agency, shard) in ShardSimulation.placement {
            let conn = try sim.connect(shard)
            let held = try conn.query(
                "SELECT DISTINCT agency FROM incident UNION SELECT DISTINCT agency FROM call_112",
                purpose: "agencies on \(shard)")
            #expect(ShardComparison.answer(held) == [[agency]], "\(shard) holds other agencies' events")
            let copy = ShardComparison.answer(
                try conn.query(reference, purpose: "reference rows on \(shard)"))
            #expect(copy == expected, "\(shard)'s reference tables differ from the coordinator's")
            #expect(expected.first?[2] == "gyeonggi_nambu,portland,seoul")
        }
    }
}
