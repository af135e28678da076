import AnsimLinks
import AnsimLinksStore
import AnsimServer
import AnsimStore
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Hummingbird
import HummingbirdTesting
import Testing

/// The HTTP routes: investigators only, every answer audited with its references, paths
/// that are real links step by step, exports, and the held graph following changes.
@Suite(.serialized) struct LinksServerTests {
    static let fixture = Result { try LinksFixture() }

    /// A ring's organiser (first person member) and a victim of that ring.
    static func ends(_ f: LinksFixture) -> (organiser: String, victim: String, tier1: String) {
        let o = f.output
        let organiser = o.rings[0].first { o.entities[$0].kind == .person }!
        let victim = o.victims[0][0]
        let paid = o.accountIndex(of: victim)
        let account = o.links.first {
            $0.kind == .transferred && Int($0.source) == paid && o.rings[0].contains(Int($0.target))
        }!
        return (o.entities[organiser].ref, o.entities[victim].ref, o.entities[Int(account.target)].ref)
    }

    @Test func investigatorsOnlyAndEveryAnswerIsAudited() async throws {
        let f = try Self.fixture.get()
        let (organiser, _, _) = Self.ends(f)
        let uri = "/v1/links/entities/\(organiser)/neighbours?hops=2&case=V-42"
        try await f.server.application.test(.router) { c in
            #expect(try await f.get(c, uri, token: nil).status == .unauthorized)
            for user in ["lee.an", "park.dp"] {
                let token = try await f.login(c, user)
                #expect(try await f.get(c, uri, token: token).status == .forbidden, "\(user)")
            }
            let before = try f.linkAudits().count
            let token = try await f.login(c, "kim.inv")
            let (status, json, _) = try await f.get(c, uri, token: token)
            #expect(status == .ok)
            let entities = try #require(json?["entities"] as? [[String: Any]])
            #expect(entities.first?["ref"] as? String == organiser && entities.first?["hops"] as? Int == 0)
            #expect(entities.count > 10)
            #expect(json?["synthetic"] as? Bool == true)
            let audits = try f.linkAudits()
            #expect(audits.count == before + 1, "only the investigator's answer is audited (refusals never reach it)")
            let last = try #require(audits.last)
            #expect(last.actor == "kim.inv" && last.role == "ansim_investigator" && last.subject == "case:V-42")
            #expect(last.action.hasPrefix("links neighbours \(organiser) hops=2"))
            for e in entities { #expect(last.action.contains(e["ref"] as! String)) }
            #expect(try await f.get(c, "/v1/links/entities/PER-9999999/neighbours", token: token).status == .notFound)
            #expect(try await f.get(c, uri + "&kinds=phoned", token: token).status == .badRequest)
        }
    }

    @Test func pathsAreRealLinksStepByStep() async throws {
        let f = try Self.fixture.get()
        let (organiser, victim, _) = Self.ends(f)
        try await f.server.application.test(.router) { c in
            let token = try await f.login(c, "kim.inv")
            let (status, json, _) = try await f.get(
                c, "/v1/links/path?source=\(organiser)&target=\(victim)&all=true", token: token)
            #expect(status == .ok)
            let paths = try #require(json?["paths"] as? [[String]])
            let steps = try #require(json?["path_links"] as? [[[[String: Any]]]])
            #expect(!paths.isEmpty && paths.count == steps.count)
            let length = paths[0].count
            for (p, links) in zip(paths, steps) {
                #expect(p.first == organiser && p.last == victim && p.count == length, "all shortest, same length")
                #expect(links.count == p.count - 1)
                for (k, joining) in links.enumerated() {
                    #expect(!joining.isEmpty, "step \(k) of \(p) has a link")
                    for l in joining {
                        let ends = Set([l["source"] as! String, l["target"] as! String])
                        #expect(ends == Set([p[k], p[k + 1]]))
                        // The link is in the database as stated.
                        let n = try f.admin.query(
                            """
                            SELECT count(*) FROM link l JOIN link_entity s ON s.id = l.source_id
                            JOIN link_entity t ON t.id = l.target_id
                            WHERE s.ref = $1 AND t.ref = $2 AND l.kind = $3 AND l.at = $4::timestamptz
                            """, [l["source"] as! String, l["target"] as! String, l["kind"] as! String, l["at"] as! String],
                            purpose: "find the link")[0].decode(Int.self, at: 0)
                        #expect(n >= 1, "\(l)")
                    }
                }
            }
            print("path \(organiser) → \(victim): \(paths.count) shortest paths of \(length - 1) links, each step a stored link")
        }
    }

    @Test func flowCommunitiesAndExports() async throws {
        let f = try Self.fixture.get()
        let (organiser, victim, tier1) = Self.ends(f)
        try await f.server.application.test(.router) { c in
            let token = try await f.login(c, "kim.inv")
            let (s1, flow, _) = try await f.get(c, "/v1/links/entities/\(tier1)/flow?direction=backward", token: token)
            #expect(s1 == .ok)
            let stops = try #require(flow?["stops"] as? [[String: Any]])
            #expect(stops.contains { $0["ref"] as? String == f.output.entities[f.output.accountIndex(of: f.output.victims[0][0])].ref })
            _ = victim
            let (s2, communities, _) = try await f.get(c, "/v1/links/communities?resolution=5", token: token)
            #expect(s2 == .ok)
            let recovery = try #require(communities?["recovery"] as? [String: Any])
            #expect((recovery["precision"] as! Double) >= 0.8 && (recovery["recall"] as! Double) >= 0.75)
            let (s3, _, graphml) = try await f.get(c, "/v1/links/export?ref=\(organiser)&format=graphml", token: token)
            #expect(s3 == .ok)
            #expect(try XMLDocument(xmlString: graphml).rootElement()?.name == "graphml")
            let (s4, geo, _) = try await f.get(c, "/v1/links/export?ref=\(organiser)&hops=3&format=geojson", token: token)
            #expect(s4 == .ok && geo?["type"] as? String == "FeatureCollection")
            #expect(try await f.get(c, "/v1/links/pagerank?top=5", token: token).json?["ranked"] as? [Any] != nil)
            #expect(try await f.get(c, "/v1/links/betweenness?top=5&samples=50", token: token).status == .ok)
            #expect(try await f.get(c, "/v1/links/components", token: token).status == .ok)
        }
    }

    @Test func theHeldGraphFollowsChanges() async throws {
        let f = try Self.fixture.get()
        let (organiser, _, _) = Self.ends(f)
        try await f.server.application.test(.router) { c in
            let token = try await f.login(c, "kim.inv")
            let uri = "/v1/links/entities/\(organiser)/neighbours?hops=1"
            let before = try await f.get(c, uri, token: token).json?["entities"] as? [[String: Any]] ?? []
            #expect(!before.isEmpty)
            let version = try #require(f.module.cache.version)
            try f.admin.execute(
                """
                WITH p AS (INSERT INTO link_entity (ref, kind, synthetic, source) VALUES ('PHN-NEW-1', 'phone', true, 'test') RETURNING id)
                INSERT INTO link (source_id, target_id, kind, at, synthetic, source, source_key, source_file, source_row)
                SELECT p.id, e.id, 'registered_to', now(), true, 'test', 'T1', 'test', 1 FROM p, link_entity e WHERE e.ref = $1
                """, [organiser], purpose: "add a phone to the organiser")
            let after = try await f.get(c, uri, token: token).json?["entities"] as? [[String: Any]] ?? []
            #expect(after.count == before.count + 1)
            #expect(after.contains { $0["ref"] as? String == "PHN-NEW-1" })
            #expect(try #require(f.module.cache.version) > version)
        }
    }
}

extension LinkSynthOutput {
    /// The account registered to person `p`.
    func accountIndex(of p: Int) -> Int {
        Int(links.first { $0.kind == .registeredTo && Int($0.target) == p && entities[Int($0.source)].kind == .account }!.source)
    }
}
