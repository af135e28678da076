import AnsimLookup
import AnsimServer
import AnsimStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The HTTP API: roles and fields, refusals, audit records, bad input, fix ingestion and
/// the live channel.
@Suite(.serialized) struct LookupServerTests {
    static let fixture = Result { try LookupServerFixture("lookup_api") }

    func auditCount(_ f: LookupServerFixture) throws -> Int {
        try f.data.db.query("SELECT count(*)::int FROM ansim_audit WHERE action LIKE 'lookup %'", purpose: "count")[0]
            .decode(Int.self, at: 0)
    }

    @Test func rolesSeeTheirFieldsAndEveryLookupIsAudited() async throws {
        let f = try Self.fixture.get()
        let body = try f.sceneBody()
        try await f.server.application.test(.router) { c in
            #expect(try await f.send(c, .post, "/lookup", token: nil, body: body).0 == 401)
            await f.module.flushAudit()
            let before = try auditCount(f)
            let dispatcher = try await f.login(c, "dp.one")
            let (s1, full) = try await f.send(c, .post, "/lookup", token: dispatcher, body: body)
            #expect(s1 == 200)
            for key in ["monitored_persons", "registered_offenders", "cameras", "escape_routes", "past_incidents", "guidance"] {
                #expect(full.contains("\"\(key)\""))
            }
            #expect(full.contains("\"name\":\"합성 대상자"))
            #expect(full.contains("\"tag\":\"EM-"))
            let analyst = try await f.login(c, "an.one")
            let (s2, redacted) = try await f.send(c, .post, "/lookup", token: analyst, body: body)
            #expect(s2 == 200)
            #expect(redacted.contains("\"closest_approach\""))
            for identity in ["\"tag\"", "\"ref\"", "\"person_id\"", "\"offender_id\"", "\"address\"", "\"birth_year\"", "합성 대상자", "합성 등록대상자", "\"M-", "\"R-", "restrictions"] {
                #expect(!redacted.contains(identity), "analyst saw \(identity)")
            }
            let admin = try await f.login(c, "ad.one")
            #expect(try await f.send(c, .post, "/lookup", token: admin, body: body).0 == 403)
            await f.module.flushAudit()  // the records are queued and committed off the request path
            #expect(try auditCount(f) == before + 2)
            let last = try f.data.db.query(
                "SELECT actor, actor_role, action FROM ansim_audit WHERE action LIKE 'lookup %' ORDER BY seq DESC LIMIT 1", purpose: "last")[0]
            #expect(try last.decode(String.self, at: 0) == "an.one")
            #expect(try last.decode(String.self, at: 1) == "ansim_analyst")
            #expect(try last.decode(String.self, at: 2).contains("returned: "))
        }
        // The database keeps identities from analysts too.
        #expect(throws: StoreError.self) {
            try f.data.db.transaction(purpose: "as analyst") { c in
                try c.executeScript("SET LOCAL ROLE ansim_analyst", purpose: "analyst")
                try c.query("SELECT name FROM monitored_person LIMIT 1", purpose: "read names")
            }
        }
        let offenceClasses = try f.data.db.transaction(purpose: "as analyst") { c in
            try c.executeScript("SET LOCAL ROLE ansim_analyst", purpose: "analyst")
            return try c.query("SELECT offence_class FROM monitored_person", purpose: "read classes").count
        }
        #expect(offenceClasses == 150)
    }

    @Test func badInputGetsClear4xx() async throws {
        let f = try Self.fixture.get()
        try await f.server.application.test(.router) { c in
            let t = try await f.login(c, "dp.one")
            let cases: [(String, String)] = [
                ("{\"lon\":129.07,\"lat\":35.18,\"code\":1}", "outside the service area"),
                ("{\"lon\":127.03,\"lat\":37.5,", "not the JSON"),
                ("{\"lon\":127.03,\"lat\":37.5,\"code\":1,\"radius\":100000}", "radius"),
                ("{\"lon\":127.03,\"lat\":37.5,\"code\":1,\"time\":\"2099-01-01T00:00:00Z\"}", "future"),
                ("{\"lon\":127.03,\"lat\":37.5,\"code\":7}", "code"),
                ("{\"lon\":127.03,\"lat\":37.5}", "code"),
            ]
            for (body, message) in cases {
                let (status, text) = try await f.send(c, .post, "/lookup", token: t, body: body)
                #expect(status == 400, "\(body) → \(status) \(text)")
                #expect(text.contains(message), "\(body) → \(text)")
            }
        }
    }

    @Test func fixesAreIngestedOnceAndPushedToDispatchedOfficers() async throws {
        let f = try Self.fixture.get()
        let incident = "2023-TEST-\(UInt16.random(in: 0...UInt16.max))"
        let body = try f.sceneBody(extra: ",\"incident\":\"\(incident)\",\"dispatch\":[\"po.one\"]")
        let scene = try f.data.db.query(
            "SELECT ST_X(geom), ST_Y(geom) FROM gps_fix ORDER BY person_id, at LIMIT 1", purpose: "scene")[0]
        let (x, y): (Double, Double) = (try scene.decode(at: 0), try scene.decode(at: 1))
        try await f.server.application.test(.router) { c in
            let dispatcher = try await f.login(c, "dp.one")
            let officer = try await f.login(c, "po.one")
            let other = try await f.login(c, "po.two")
            let admin = try await f.login(c, "ad.one")
            #expect(try await f.send(c, .post, "/lookup", token: officer, body: body).0 == 403)  // only dispatchers dispatch
            #expect(try await f.send(c, .post, "/lookup", token: dispatcher, body: body).0 == 200)
            let (s1, events) = try await f.send(c, .get, "/incidents/\(incident)/events?max_events=1", token: officer)
            #expect(s1 == 200)
            #expect(events.hasPrefix("event: lookup\ndata: {"))
            #expect(try await f.send(c, .get, "/incidents/\(incident)/events?max_events=1", token: other).0 == 403)
            // NDJSON: a new fix of wearer 1 at the scene, the same again, one out of order, one bad line.
            let ndjson = """
                {"person_id":1,"time":"2023-12-30T22:40:30Z","x":\(x),"y":\(y),"heading":45}
                {"person_id":1,"time":"2023-12-30T22:40:30Z","x":\(x),"y":\(y),"heading":45}
                {"tag":"EM-0000001","time":"2023-12-30T22:35:30Z","x":\(x + 5),"y":\(y)}
                {"tag":"EM-9999999","time":"2023-12-31T00:31:00Z","x":\(x),"y":\(y)}
                """
            #expect(try await f.send(c, .post, "/fixes", token: dispatcher, body: ndjson).0 == 403)
            let (s2, answer) = try await f.send(c, .post, "/fixes", token: admin, body: ndjson)
            #expect(s2 == 200)
            #expect(answer == "{\"duplicates\":1,\"inserted\":2,\"received\":4,\"rejected\":[{\"line\":4,\"reason\":\"unknown wearer (tag or person_id)\"}]}")
            let (_, again) = try await f.send(c, .post, "/fixes", token: admin, body: ndjson)
            #expect(again.contains("\"inserted\":0"))
            #expect(try await f.send(c, .post, "/fixes", token: admin, body: "not json").0 == 400)
            // The officer's channel got the update with the new fix.
            let (_, updates) = try await f.send(c, .get, "/incidents/\(incident)/events?max_events=1", token: officer)
            #expect(updates.hasPrefix("event: lookup\ndata: {"))
            #expect(updates != events, "the channel's lookup did not change with the new fixes")
        }
        let stored = try f.data.db.query(
            "SELECT count(*)::int FROM gps_fix WHERE person_id = 1 AND at IN ('2023-12-30T22:40:30Z', '2023-12-30T22:35:30Z')",
            purpose: "count")[0].decode(Int.self, at: 0)
        #expect(stored == 2)
    }

    @Test func openAPIDocumentsTheLookupRoutesAndEachRefusesStrangers() async throws {
        let f = try Self.fixture.get()
        let doc = f.server.openAPI
        for path in ["/lookup:", "/fixes:", "/incidents/{id}/events:", "LookupRequest:", "LookupResult:"] {
            #expect(doc.contains(path), "the document lacks \(path)")
        }
        let lookupRoutes = f.server.routes.filter { $0.tag == "lookup" }
        #expect(lookupRoutes.count == 3)
        try await f.server.application.test(.router) { c in
            for spec in lookupRoutes {
                let uri = spec.path.replacingOccurrences(of: "{id}", with: "X-1")
                let status = try await f.send(c, spec.method, uri, token: nil, body: "{}").0
                #expect(status == 401, "\(spec.path)")
            }
        }
    }
}
