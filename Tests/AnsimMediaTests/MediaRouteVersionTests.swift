import AnsimMedia
import AnsimMediaService
import AnsimServerTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The media routes live under `/v1/media/…`; the old `/media/…` paths still answer,
/// as deprecated aliases. A candidate reported again is a sighting, not a new item.
@Suite(.serialized) struct MediaRouteVersionTests {
    @Test func versionedRoutesAndDeprecatedAliasesBothAnswer() async throws {
        let f = try MediaServiceTests.fixture()
        let hash = String(repeating: "3c", count: 32)
        try await f.server.application.test(.router) { c in
            let token = try await f.login(c, "cs")
            let (s1, _) = try await f.send(
                c, .post, "/v1/media/protected", token: token, ["case_ref": "C-R-1", "pdq": hash])
            #expect(s1 == 201)
            let (s2, _) = try await f.send(
                c, .post, "/media/protected", token: token, ["case_ref": "C-R-1", "pdq": hash])
            #expect(s2 == 200)  // the same registration through the alias
            let link = try await c.execute(uri: "/media/metrics", method: .get, headers: .bearer(token)) {
                r in
                (r.status, r.headers[HTTPFields.Element.Name("Link")!])
            }
            #expect(link.0 == .ok)
            #expect(link.1 == #"</v1/media/metrics>; rel="successor-version""#)
            let current = try await c.execute(uri: "/v1/media/metrics", method: .get, headers: .bearer(token))
            { r in
                (r.status, r.headers[HTTPFields.Element.Name("Link")!])
            }
            #expect(current.0 == .ok && current.1 == nil)
            for path in ["/v1/media/matches", "/media/matches"] {
                #expect(try await f.get(c, path, token: token).status == .ok, "\(path)")
                #expect(try await f.get(c, path, token: nil).status == .unauthorized, "\(path)")
            }
            let doc = try await f.get(c, "/openapi.yaml", token: nil).text
            for path in [
                "/v1/media/protected", "/v1/media/crawl", "/v1/media/matches",
                "/v1/media/matches/{id}/takedown", "/v1/media/metrics",
            ] {
                #expect(doc.contains("\n  \(path):\n"), "\(path) missing")
            }
            // The old path is documented as deprecated; the versioned one is not.
            let old = try #require(doc.range(of: "\n  /media/crawl:\n"))
            #expect(doc[old.upperBound...].prefix(400).contains("deprecated: true"))
            let new = try #require(doc.range(of: "\n  /v1/media/crawl:\n"))
            #expect(!doc[new.upperBound...].prefix(200).contains("deprecated"))
        }
    }

    @Test func aRepeatedReportIsASightingNotANewItem() async throws {
        let f = try MediaServiceTests.fixture()
        let hash = String(repeating: "5a", count: 32)
        let near = "5b" + String(repeating: "5a", count: 31)  // 1 bit away
        try await f.server.application.test(.router) { c in
            let token = try await f.login(c, "cs")
            _ = try await f.send(
                c, .post, "/v1/media/protected", token: token, ["case_ref": "C-R-2", "pdq": hash])
            let line =
                #"{"platform":"x","url":"https://x.example/p/9","uploaded_at":"2026-11-29T06:00:00Z","seen_at":"2026-11-29T06:00:30Z","pdq":"\#(near)"}"#
            let (s1, b1) = try await MediaServiceTests.raw(
                c, "/v1/media/crawl", token: token, body: Array(line.utf8), type: "application/x-ndjson")
            #expect(s1 == 200, "\(b1)")
            let first = MediaServiceTests.json(b1)
            #expect(first["repeated"] as? Int == 0 && first["new_matches"] as? Int == 1)
            let again = line.replacingOccurrences(of: "06:00:30Z", with: "07:00:00Z")
            let (s2, b2) = try await MediaServiceTests.raw(
                c, "/v1/media/crawl", token: token, body: Array(again.utf8), type: "application/x-ndjson")
            #expect(s2 == 200, "\(b2)")
            let second = MediaServiceTests.json(b2)
            #expect(second["repeated"] as? Int == 1)
            #expect(second["new_matches"] as? Int == 0)
            let matches = second["matches"] as? [[String: Any]] ?? []
            #expect(matches.count == 1)
            #expect(matches.first?["sightings"] as? Int == 2)
            #expect(
                matches.first?["id"] as? Int == (first["matches"] as? [[String: Any]])?.first?["id"] as? Int)
            let metrics = try await f.get(c, "/v1/media/metrics", token: token)
            #expect(metrics.json?["items_monitored"] as? Int == 1)
            #expect(metrics.json?["matches"] as? Int == 1)
        }
        let row = try f.admin.query(
            "SELECT count(*), max(sightings), max(last_seen_at) > max(seen_at) FROM media_item WHERE url = 'https://x.example/p/9'",
            purpose: "t")[0]
        #expect(try row.decode(Int.self, at: 0) == 1)
        #expect(try row.decode(Int.self, at: 1) == 2)
        #expect(try row.decode(Bool.self, at: 2))
    }
}
