import AnsimLinks
import AnsimLinksStore
import AnsimStore
import Foundation
import Testing

/// The synthetic graph through the database: what is read back is what was generated,
/// communities recover the planted rings, loading again changes nothing.
@Suite(.serialized) struct SyntheticGraphTests {
    static let fixture = Result { try LinksFixture() }

    @Test func graphReadFromTheDatabaseEqualsTheGenerators() throws {
        let f = try Self.fixture.get()
        let g = try f.asRole("ansim_investigator") { try LinksStore.loadGraph(on: $0) }
        let want = f.output.graph()
        #expect(f.load.entities == want.entityCount && f.load.links == want.linkCount)
        #expect(g.graph.entityCount == want.entityCount)
        #expect(g.graph.linkCount == want.linkCount)
        #expect(g.graph.entities == want.entities, "refs, kinds, labels, lon/lat")
        #expect(g.graph.source == want.source && g.graph.target == want.target)
        #expect(g.graph.kind == want.kind && g.graph.at == want.at && g.graph.amount == want.amount)
        #expect(g.graph.outLinks == want.outLinks && g.graph.inLinks == want.inLinks)
        #expect(g.synthetic)
        let flagged = try f.admin.query(
            "SELECT count(*) FILTER (WHERE NOT synthetic), count(*) FILTER (WHERE lon IS NOT NULL AND geom IS NULL) FROM link_entity",
            purpose: "labels")[0]
        #expect(try flagged.decode(Int.self, at: 0) == 0, "every generated entity is labelled synthetic")
        #expect(try flagged.decode(Int.self, at: 1) == 0, "every located entity has its UTM-K point")
        print("graph from PostgreSQL: \(g.graph.entityCount) entities, \(g.graph.linkCount) links = the generator's")
    }

    @Test func communitiesRecoverThePlantedRingsAndTheQueryIsAudited() throws {
        let f = try Self.fixture.get()
        let before = try f.linkAudits().count
        let (rings, answer) = try f.asRole("ansim_investigator") { c in
            let g = try LinksStore.loadGraph(on: c)
            let rings = try LinksStore.plantedRings(g, on: c)
            let a = try LinksStore.ask(
                .communities(filter: .all, resolution: 5, minSize: 3, top: 10), graph: g, subject: "case:T-1",
                purpose: "test", role: "ansim_investigator", on: c)
            return (rings.map { $0.map { g.ref($0) } }, a)
        }
        #expect(rings == f.output.rings.map { $0.map { f.output.entities[$0].ref } }, "the truth table holds the rings")
        let r = try #require(answer.recovery)
        print("communities (γ = 5) vs planted rings: \(r.rings) rings, precision \(r.precision), recall \(r.recall)")
        #expect(r.rings == 8)
        #expect(r.precision >= 0.8)
        #expect(r.recall >= 0.75)
        let audits = try f.linkAudits()
        #expect(audits.count == before + 1)
        let last = try #require(audits.last)
        #expect(last.actor == "kim.inv" && last.role == "ansim_investigator" && last.subject == "case:T-1")
        #expect(last.action.hasPrefix("links communities resolution=5.0"))
        for ref in try #require(answer.groups).flatMap(\.members) { #expect(last.action.contains(ref)) }
    }

    @Test func loadingTheSameGraphAgainChangesNothing() throws {
        let f = try Self.fixture.get()
        let version = try LinksStore.version(on: f.admin)
        let again = try LinksStore.replaceSynthetic(f.output, on: f.admin)
        #expect(again.removed == f.load.entities)
        #expect(again.entities == f.load.entities && again.links == f.load.links && again.ringMembers == f.load.ringMembers)
        #expect(try LinksStore.version(on: f.admin) > version, "a change bumps the graph's version")
        let counts = try f.admin.query(
            "SELECT (SELECT count(*) FROM link_entity), (SELECT count(*) FROM link), (SELECT count(*) FROM link_ring_member)",
            purpose: "count")[0]
        #expect(try counts.decode(Int.self, at: 0) == f.load.entities)
        #expect(try counts.decode(Int.self, at: 1) == f.load.links)
        #expect(try counts.decode(Int.self, at: 2) == f.load.ringMembers)
    }
}
