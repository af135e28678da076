import AnsimStore
import Foundation
import Testing

extension ShardSimulationTests {
    /// The plan's lines, from EXPLAIN (VERBOSE, COSTS OFF).
    func plan(_ connection: Connection, _ sql: String) throws -> [String] {
        try connection.query("EXPLAIN (VERBOSE, COSTS OFF) " + sql, purpose: "explain").compactMap { $0[0] }
    }

    /// The foreign tables a plan scans.
    func foreignScans(_ lines: [String]) -> [String] {
        lines.compactMap { line in
            guard let r = line.range(of: "Foreign Scan on public.") else { return nil }
            return String(line[r.upperBound...].prefix { $0 != " " })
        }
    }

    /// One agency's queries touch only its shard's partitions (one scan for one month);
    /// a cross-agency query is an Append of asynchronous scans on both shards.
    func expectPlans(_ coordinator: Connection) throws {
        let oneAgency = foreignScans(
            try plan(coordinator, "SELECT count(*) FROM incident WHERE agency = 'seoul'"))
        #expect(!oneAgency.isEmpty)
        #expect(oneAgency.allSatisfy { $0.hasPrefix("incident_seoul_") }, "\(oneAgency)")

        let oneMonth = try plan(
            coordinator,
            """
            SELECT source_key FROM incident WHERE agency = 'seoul'
               AND occurred_at >= '2023-03-01' AND occurred_at < '2023-04-01'
               AND ST_DWithin(geom, ST_Transform(ST_SetSRID(ST_MakePoint(126.9779692, 37.566535), 4326), 5179), 500)
            """)
        #expect(foreignScans(oneMonth) == ["incident_seoul_y2023m03"], "\(oneMonth)")
        // The spatial condition runs on the shard (extensions 'postgis'), not after the transfer.
        #expect(oneMonth.contains { $0.contains("Remote SQL:") && $0.contains("st_dwithin") }, "\(oneMonth)")

        let allAgencies = try plan(
            coordinator,
            "SELECT agency, count(*) FROM call_112 WHERE received_at >= '2023-07-01' AND received_at < '2023-08-01' GROUP BY 1"
        )
        #expect(
            foreignScans(allAgencies).sorted() == [
                "call_112_gyeonggi_nambu_y2023m07", "call_112_seoul_y2023m07",
            ],
            "\(allAgencies)")
        #expect(allAgencies.filter { $0.contains("Async Foreign Scan") }.count == 2, "\(allAgencies)")
    }
}
