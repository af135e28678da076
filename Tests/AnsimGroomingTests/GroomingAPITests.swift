import AnsimGrooming
import AnsimGroomingService
import AnsimServer
import AnsimStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The HTTP API on a real embedded PostgreSQL: storage encrypted, alerts, roles, audit.
@Suite struct GroomingAPITests {
    @Test func messagesAreScoredStoredEncryptedAndRaiseAnAlert() async throws {
        let f = try GroomingFixture("groom_ingest")
        try f.account("cs", .counsellor, "city-a")
        try await f.server.application.test(.router) { client in
            let token = try await f.login(client, "cs")
            let (status, json, text) = try await f.raw(
                client, .post, "/v1/conversations/chat-77/messages?platform=kakao&child_ref=C-TEST1", token: token,
                body: GroomingFixture.groomingBatch, contentType: "application/json")
            #expect(status == 200, "\(text)")
            let conversation = json?["conversation"] as? [String: Any]
            #expect((conversation?["alert"] as? Bool) == true)
            #expect(((conversation?["risk"] as? Double) ?? 0) >= Grooming.alertThreshold)
            let messages = json?["messages"] as? [[String: Any]] ?? []
            #expect(messages.count == 5)
            let last = messages.last?["evidence"] as? [[String: Any]] ?? []
            #expect(Set(last.compactMap { $0["stage"] as? String }) == ["gifts", "image_request"])
            let alert = json?["alert"] as? [String: Any]
            #expect(alert?["status"] as? String == "open")
            #expect(alert?["due_at"] as? String != nil)
        }
        // Ciphertext in the table does not contain the plaintext; it opens with the key.
        let rows = try f.admin.query(
            "SELECT conversation_id, seq, text_enc FROM grooming_message ORDER BY seq", purpose: "read ciphertext")
        #expect(rows.count == 5)
        let plain = Data("여행비 대줄게".utf8)
        for r in 0..<rows.count {
            let data = try rows[r].decode(Data.self, at: 2)
            #expect(data.range(of: plain) == nil)
            #expect(data.range(of: Data("사진".utf8)) == nil)
        }
        let c = try rows[4].decode(Int64.self, at: 0)
        #expect(try f.cipher.open([UInt8](try rows[4].decode(Data.self, at: 2)), context: "grooming_message.text:\(c):4")
            == "여행비 대줄게, 사진 몇 장만 보내줄래?")
        // The evidence stored in clear carries no excerpt of the text.
        #expect(try f.count("SELECT count(*) FROM grooming_message WHERE evidence::text LIKE '%여행비%'") == 0)
        #expect(try f.count("SELECT count(*) FROM ansim_audit WHERE action LIKE 'insert grooming_message ×5%' AND actor = 'cs'") == 1)
        #expect(try f.count("SELECT count(*) FROM ansim_audit WHERE action LIKE 'open grooming_alert%'") == 1)
    }

    @Test func ndjsonBatchesAndBadBodies() async throws {
        let f = try GroomingFixture("groom_ndjson")
        try f.account("cs", .counsellor, "city-a")
        try await f.server.application.test(.router) { client in
            let token = try await f.login(client, "cs")
            let ok = """
                {"at": "2026-03-01T12:00:00Z", "speaker": "counterpart", "text": "how old are you?"}

                {"at": "2026-03-01T12:01:00Z", "speaker": "child", "text": "im 13"}
                """
            let (s1, j1, _) = try await f.raw(
                client, .post, "/v1/conversations/n-1/messages", token: token, body: ok, contentType: "application/x-ndjson")
            #expect(s1 == 200)
            #expect((j1?["messages"] as? [Any])?.count == 2)
            #expect(j1?["alert"] == nil || j1?["alert"] is NSNull)
            let bad = ok + "\n{\"at\": \"2026-03-01T12:02:00Z\", \"text\": oops}\n"
            let (s2, _, t2) = try await f.raw(
                client, .post, "/v1/conversations/n-1/messages", token: token, body: bad, contentType: "application/x-ndjson")
            #expect(s2 == 400)
            #expect(t2.contains("line 4"), "\(t2)")
            let badTime = "[{\"at\": \"yesterday\", \"text\": \"hi\"}]"
            let (s3, _, t3) = try await f.raw(
                client, .post, "/v1/conversations/n-1/messages", token: token, body: badTime, contentType: "application/json")
            #expect(s3 == 422)
            #expect(t3.contains("message 1"), "\(t3)")
            let (s4, _, t4) = try await f.raw(
                client, .post, "/v1/conversations/n-1/messages", token: token, body: "{\"text\": 1}", contentType: "application/json")
            #expect(s4 == 400)
            #expect(t4.contains("JSON array"))
        }
        // Nothing of the refused batches was stored.
        #expect(try f.count("SELECT count(*) FROM grooming_message") == 2)
    }

    @Test func rolesAreChecked() async throws {
        let f = try GroomingFixture("groom_roles")
        try f.account("cs", .counsellor, "city-a")
        try f.account("an", .analyst, "city-a")
        try f.account("hw", .hotlineWorker, "city-a")
        try await f.server.application.test(.router) { client in
            let body = GroomingFixture.groomingBatch
            let (none, _, _) = try await f.raw(client, .post, "/v1/conversations/r-1/messages", token: nil, body: body, contentType: "application/json")
            #expect(none == 401)
            for user in ["an", "hw"] {
                let token = try await f.login(client, user)
                let (s, _, _) = try await f.raw(client, .post, "/v1/conversations/r-1/messages", token: token, body: body, contentType: "application/json")
                #expect(s == 403, "\(user)")
                #expect(try await f.get(client, "/v1/grooming/alerts", token: token).status == .forbidden)
            }
            let cs = try await f.login(client, "cs")
            #expect(try await f.get(client, "/v1/grooming/alerts", token: cs).status == .ok)
            let doc = try await f.get(client, "/openapi.yaml", token: nil).text
            #expect(doc.contains("/v1/conversations/{id}/messages"))
            #expect(doc.contains("/v1/grooming/alerts/{id}/escalate"))
        }
        // The database grants analysts nothing on the grooming tables, whatever the API does.
        for table in ["grooming_conversation", "grooming_message", "grooming_alert", "grooming_alert_event"] {
            let denied = #expect(throws: StoreError.self) {
                try f.admin.transaction(purpose: "read as an analyst") { c in
                    try c.executeScript("SET LOCAL ROLE ansim_analyst", purpose: "become an analyst")
                    return try c.query("SELECT count(*) FROM \(table)", purpose: "read \(table)")
                }
            }
            #expect(denied?.sqlState == "42501", "\(table)")
        }
    }
}
