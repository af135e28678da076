import AnsimGrooming
import AnsimGroomingService
import AnsimServer
import AnsimStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The counsellors' queue: open → claimed → assessed → escalated → closed, SLAs, audit.
@Suite struct AlertLifecycleTests {
    func alertID(_ f: GroomingFixture, _ client: some TestClientProtocol, _ token: String, _ conversation: String)
        async throws -> Int
    {
        let (status, json, text) = try await f.raw(
            client, .post, "/v1/conversations/\(conversation)/messages", token: token,
            body: GroomingFixture.groomingBatch, contentType: "application/json")
        #expect(status == 200, "\(text)")
        return (json?["alert"] as? [String: Any])?["id"] as? Int ?? -1
    }

    @Test func lifecycleWithInvalidTransitionsRefused() async throws {
        let f = try GroomingFixture("groom_life")
        try f.account("cs", .counsellor, "city-a")
        try f.account("cs2", .counsellor, "city-a")
        try f.account("sv", .supervisor, "city-a")
        try f.account("other", .counsellor, "city-b")
        try await f.server.application.test(.router) { client in
            let cs = try await f.login(client, "cs")
            let cs2 = try await f.login(client, "cs2")
            let id = try await alertID(f, client, cs, "life-1")
            let base = "/v1/grooming/alerts/\(id)"
            // Not yet claimed: assess, escalate and close are refused (409).
            #expect(try await f.send(client, .post, base + "/assess", token: cs, ["note": "x"]).0 == 409)
            #expect(try await f.send(client, .post, base + "/close", token: cs, ["outcome": "x"]).0 == 409)
            // Another organisation does not see it.
            let other = try await f.login(client, "other")
            #expect(try await f.send(client, .post, base + "/claim", token: other).0 == 404)
            #expect(try await f.send(client, .post, base + "/claim", token: cs).0 == 200)
            #expect(try await f.send(client, .post, base + "/claim", token: cs2).0 == 409)  // already claimed
            #expect(try await f.send(client, .post, base + "/assess", token: cs2, ["note": "x"]).0 == 403)  // not theirs
            #expect(try await f.send(client, .post, base + "/assess", token: cs, [:]).0 == 400)  // no note
            let (sa, ta) = try await f.send(client, .post, base + "/assess", token: cs, ["note": "아동 신원 확인, 위험 높음"])
            #expect(sa == 200, "\(ta)")
            #expect(try await f.send(client, .post, base + "/escalate", token: cs, ["kind": "arrest"]).0 == 422)
            let (se, te) = try await f.send(client, .post, base + "/escalate", token: cs, ["kind": "police_report"])
            #expect(se == 200)
            #expect(te.contains("\"escalation\":\"police_report\""))
            // Past its SLA (72 h escalated), the alert is listed as overdue.
            f.clock.advance(by: 73 * 3600)
            let again = try await f.login(client, "cs")  // the earlier session has expired
            let overdue = try await f.get(client, "/v1/grooming/alerts?overdue=true", token: again)
            #expect((overdue.json?["alerts"] as? [[String: Any]])?.first?["id"] as? Int == id)
            #expect(try await f.get(client, "/v1/grooming/alerts?status=bogus", token: again).status == .badRequest)
            // The supervisor may close any alert of the organisation.
            let sv = try await f.login(client, "sv")
            #expect(try await f.send(client, .post, base + "/close", token: sv, ["outcome": "reported"]).0 == 200)
            #expect(try await f.send(client, .post, base + "/claim", token: again).0 == 409)  // closed is final
            // The detail shows the history and the flagged messages (an audited read).
            let detail = try await f.get(client, base + "?purpose=review", token: sv)
            #expect(detail.status == .ok)
            let history = (detail.json?["history"] as? [[String: Any]])?.compactMap { $0["to"] as? String }
            #expect(history == ["open", "claimed", "assessed", "escalated", "closed"])
            #expect(detail.json?["note"] as? String == "아동 신원 확인, 위험 높음")
            let texts = (detail.json?["messages"] as? [[String: Any]])?.compactMap { $0["text"] as? String } ?? []
            #expect(texts.contains("여행비 대줄게, 사진 몇 장만 보내줄래?"))
        }
        #expect(try f.count("SELECT count(*) FROM ansim_audit WHERE action LIKE 'grooming_alert % → %'") == 4)
        #expect(try f.count("SELECT count(*) FROM ansim_audit WHERE action LIKE 'read grooming_message text%' AND actor = 'sv' AND purpose = 'review'") == 1)
        #expect(try f.count("SELECT count(*) FROM grooming_alert WHERE note_enc::text LIKE '%' || encode(convert_to('아동', 'UTF8'), 'hex') || '%'") == 0)
        // The database refuses a skipped step whoever writes.
        #expect(throws: (any Error).self) {
            try f.admin.query("UPDATE grooming_alert SET status = 'open'", purpose: "skip back")
        }
        #expect(try AuditVerifier.verify(f.admin).intact)
    }

    @Test func slaDueTimesFollowTheState() {
        let t = Date(timeIntervalSince1970: 0)
        #expect(GroomingAlertStatus.open.due(from: t) == t + 15 * 60)
        #expect(GroomingAlertStatus.claimed.due(from: t) == t + 3600)
        #expect(GroomingAlertStatus.closed.due(from: t) == nil)
        #expect(GroomingAlertStatus.assessed.next == [.escalated, .closed])
    }
}
