import AnsimMedia
import AnsimMediaService
import AnsimServer
import AnsimServerTestSupport
import AnsimStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The media routes on a real embedded PostgreSQL: registration, crawl, matches,
/// takedown through to deletion, metrics, roles, audit and bad input (the lifecycle on
/// the `/v1/media/…` routes, roles and bad input on the deprecated `/media/…` aliases).
@Suite(.serialized) struct MediaServiceTests {
    static func fixture() throws -> ServerTestFixture {
        let f = try ServerTestFixture("media") { _ in [MediaModule()] }
        try f.account("cs", .counsellor, "city-a")
        try f.account("an", .analyst, "police-a")
        return f
    }

    static func json(_ text: String) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]) ?? [:]
    }

    /// Sends a raw body (NDJSON or an image).
    static func raw(
        _ c: some TestClientProtocol, _ uri: String, token: String, body: [UInt8], type: String
    ) async throws -> (Int, String) {
        try await c.execute(
            uri: uri, method: .post, headers: [.authorization: "Bearer " + token, .contentType: type],
            body: ByteBuffer(bytes: body)
        ) { ($0.status.code, String(buffer: $0.body)) }
    }

    @Test func registrationCrawlMatchTakedownLifecycle() async throws {
        let f = try Self.fixture()
        let png = try MediaFixture.data("scene2.png")
        let expected = try MediaFixture.all().first { $0.file == "scene2.png" }!
        try await f.server.application.test(.router) { c in
            let token = try await f.login(c, "cs")
            // Register by image (hashed and dropped) and by hash.
            let (s1, b1) = try await Self.raw(
                c, "/v1/media/protected?case_ref=C-2026-0001", token: token, body: png, type: "image/png")
            #expect(s1 == 201, "\(b1)")
            #expect(Self.json(b1)["pdq"] as? String == expected.hash)
            let other = try MediaFixture.all().first { $0.file == "scene0.png" }!
            let (s2, b2) = try await f.send(
                c, .post, "/v1/media/protected", token: token, ["case_ref": "C-2026-0002", "pdq": other.hash])
            #expect(s2 == 201, "\(b2)")
            let (s3, _) = try await f.send(
                c, .post, "/v1/media/protected", token: token, ["case_ref": "C-2026-0002", "pdq": other.hash])
            #expect(s3 == 200)
            // A crawl batch: a recompressed, shrunk copy (image), an unrelated hash, the other hash exactly.
            let copy = try ImageTransform.jpeg(
                ImageTransform.resize(try ImageDecoder.decode(png), width: 200, height: 150), quality: 60)
            let uploaded = f.clock.now().addingTimeInterval(-22)
            let iso = ISO8601DateFormatter().string(from: uploaded)
            let lines = [
                #"{"platform":"x","url":"https://x.example/p/1","uploaded_at":"\#(iso)","image_base64":"\#(Data(copy).base64EncodedString())"}"#,
                #"{"platform":"y","url":"https://y.example/v/2","pdq":"\#(String(repeating: "0f", count: 32))"}"#,
                #"{"platform":"y","url":"https://y.example/v/3","uploaded_at":"\#(iso)","pdq":"\#(other.hash)"}"#,
            ].joined(separator: "\n")
            let (s4, b4) = try await Self.raw(
                c, "/v1/media/crawl", token: token, body: Array(lines.utf8), type: "application/x-ndjson")
            #expect(s4 == 200, "\(b4)")
            let crawl = Self.json(b4)
            #expect(crawl["items"] as? Int == 3)
            let matches = crawl["matches"] as? [[String: Any]] ?? []
            #expect(matches.count == 2)
            #expect(Set(matches.compactMap { $0["case_ref"] as? String }) == ["C-2026-0001", "C-2026-0002"])
            #expect(
                matches.allSatisfy { ($0["detection_seconds"] as? Double).map { abs($0 - 22) < 1 } ?? false })
            let first = try #require(matches.first { $0["case_ref"] as? String == "C-2026-0001" })
            #expect((first["distance"] as? Int ?? 99) <= 31)
            let id = try #require(first["id"] as? Int)
            // Takedown: requested → acknowledged → deleted; then no further move.
            for status in ["requested", "acknowledged", "deleted"] {
                let (s, b) = try await f.send(
                    c, .post, "/v1/media/matches/\(id)/takedown", token: token, ["status": status])
                #expect(s == 200, "\(b)")
                #expect(Self.json(b)["takedown_status"] as? String == status)
            }
            let (s5, b5) = try await f.send(
                c, .post, "/v1/media/matches/\(id)/takedown", token: token, ["status": "refused"])
            #expect(s5 == 409 && b5.contains("deleted"))
            let (s6, _) = try await f.send(
                c, .post, "/v1/media/matches/999999/takedown", token: token, ["status": "requested"])
            #expect(s6 == 404)
            let list = try await f.get(c, "/v1/media/matches?status=deleted", token: token)
            #expect((list.json?["matches"] as? [Any])?.count == 1)
            let metrics = try await f.get(c, "/v1/media/metrics", token: token)
            #expect(metrics.json?["items_monitored"] as? Int == 3)
            #expect(metrics.json?["matches"] as? Int == 2)
            #expect(metrics.json?["takedowns_completed"] as? Int == 1)
            #expect(metrics.json?["protected_media"] as? Int == 2)
            #expect(abs((metrics.json?["median_detection_seconds"] as? Double ?? 0) - 22) < 1)
        }
        // Audited reads of protected data, by the counsellor; no image bytes anywhere.
        let audit = try f.admin.query(
            "SELECT count(*) FROM ansim_audit WHERE actor = 'cs' AND action LIKE 'media.%' AND subject LIKE 'case:C-2026-000%'",
            purpose: "t")
        #expect(try audit[0].decode(Int.self, at: 0) >= 3)
        let stored = try f.admin.query(
            "SELECT count(*) FROM media_protected WHERE pdq = $1", [expected.hash], purpose: "t")
        #expect(try stored[0].decode(Int.self, at: 0) == 1)
    }

    @Test func rolesAndBadInput() async throws {
        let f = try Self.fixture()
        try await f.server.application.test(.router) { c in
            let (s0, _) = try await f.send(c, .get, "/media/matches", token: nil)
            #expect(s0 == 401)
            let analyst = try await f.login(c, "an")
            let (s1, b1) = try await f.send(c, .get, "/media/matches", token: analyst)
            #expect(s1 == 403 && b1.contains("analyst"))
            let (s1b, _) = try await f.send(
                c, .post, "/media/protected", token: analyst,
                ["case_ref": "C-1", "pdq": String(repeating: "a", count: 64)])
            #expect(s1b == 403)
            let token = try await f.login(c, "cs")
            let (s2, b2) = try await f.send(
                c, .post, "/media/protected", token: token, ["case_ref": "C-1", "pdq": "abc"])
            #expect(s2 == 400 && b2.contains("64 hex"))
            let (s3, b3) = try await Self.raw(
                c, "/media/protected?case_ref=C-1", token: token, body: Array("not an image".utf8),
                type: "image/png")
            #expect(s3 == 415 && b3.contains("not a JPEG or PNG"))
            let jpeg = try MediaFixture.data("scene0.jpg")
            let (s4, b4) = try await Self.raw(
                c, "/media/protected?case_ref=C-1", token: token, body: Array(jpeg.prefix(jpeg.count / 2)),
                type: "image/jpeg")
            #expect(s4 == 400 && b4.contains("bad JPEG"))
            let (s5, b5) = try await f.send(
                c, .post, "/media/protected", token: token,
                ["case_ref": "bad ref!", "pdq": String(repeating: "a", count: 64)])
            #expect(s5 == 400 && b5.contains("case_ref"))
            let batch =
                #"{"platform":"x","url":"u","pdq":"\#(String(repeating: "a", count: 64))"}"#
                + "\n{\"platform\":\"x\"}"
            let (s6, b6) = try await Self.raw(
                c, "/media/crawl", token: token, body: Array(batch.utf8), type: "application/x-ndjson")
            #expect(s6 == 400 && b6.contains("line 2") && b6.contains("url"))
            let (s7, _) = try await f.send(
                c, .post, "/media/matches/1/takedown", token: token, ["status": "gone"])
            #expect(s7 == 400)
        }
        // Nothing was recorded from the refused batch.
        let items = try f.admin.query("SELECT count(*) FROM media_item", purpose: "t")
        #expect(try items[0].decode(Int.self, at: 0) == 0)
    }

    @Test func rowLevelSecurityKeepsOtherRolesOut() throws {
        let f = try Self.fixture()
        try f.admin.query(
            "INSERT INTO media_protected (pdq, case_ref, registered_by) VALUES ($1, 'C-9', 'cs')",
            [String(repeating: "1", count: 64)], purpose: "t")
        for role in ["ansim_analyst", "ansim_hotline_worker", "ansim_dispatcher"] {
            let seen = Result {
                try APIDatabase.transaction(f.admin, role: role, settings: [], purpose: "t") { c in
                    try c.query("SELECT count(*) FROM media_protected", purpose: "t")[0].decode(
                        Int.self, at: 0)
                }
            }
            if case .success(let n) = seen { #expect(n == 0, "\(role) saw protected media") }
        }
        let counsellor = try APIDatabase.transaction(
            f.admin, role: "ansim_counsellor", settings: [], purpose: "t"
        ) { c in
            try c.query("SELECT count(*) FROM media_protected", purpose: "t")[0].decode(Int.self, at: 0)
        }
        #expect(counsellor == 1)
    }
}
