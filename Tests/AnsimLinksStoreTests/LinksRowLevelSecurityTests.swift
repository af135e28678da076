import AnsimLinks
import AnsimLinksStore
import AnsimStore
import Foundation
import Testing

/// Only investigators read the graph: other roles have no privilege on the tables, and
/// a role given SELECT without being an investigator still reads zero rows (FORCE RLS).
@Suite struct LinksRowLevelSecurityTests {
    static let tables = ["link_entity", "link", "link_ring_member"]

    static func count(_ c: Connection, _ table: String) throws -> Int {
        try c.query("SELECT count(*) FROM \(table)", purpose: "count \(table)")[0].decode(Int.self, at: 0)
    }

    @Test func onlyInvestigatorsReadTheGraph() throws {
        let f = try SyntheticGraphTests.fixture.get()
        for t in Self.tables {
            #expect(try f.asRole("ansim_investigator") { try Self.count($0, t) } > 0, "investigator reads \(t)")
        }
        for role in ["ansim_analyst", "ansim_dispatcher", "ansim_patrol_officer", "ansim_hotline_worker", "ansim_admin"] {
            for t in Self.tables {
                #expect(throws: StoreError.self, "\(role) reads \(t)") {
                    try f.asRole(role, user: "lee.an") { try Self.count($0, t) }
                }
            }
            // The graph read as that role is empty: the loader's queries fail, nothing leaks.
            #expect(throws: StoreError.self) { try f.asRole(role, user: "lee.an") { try LinksStore.loadGraph(on: $0) } }
        }
    }

    @Test func aGrantWithoutThePolicyReadsZeroRows() throws {
        let f = try SyntheticGraphTests.fixture.get()
        let role = "t_links_" + String((0..<10).map { _ in "abcdefghijklmnop".randomElement()! })
        try f.admin.executeScript(
            "CREATE ROLE \(role) NOLOGIN; GRANT \(role) TO ansim_api; GRANT SELECT ON link_entity, link, link_ring_member, link_graph_state TO \(role)",
            purpose: "a role with SELECT but no policy")
        defer { _ = try? f.admin.executeScript("DROP OWNED BY \(role); DROP ROLE \(role)", purpose: "drop") }
        for t in Self.tables {
            #expect(try f.asRole(role) { try Self.count($0, t) } == 0, "\(role) reads \(t)")
        }
        let g = try f.asRole(role) { try LinksStore.loadGraph(on: $0) }
        #expect(g.graph.entityCount == 0 && g.graph.linkCount == 0)
    }
}
