import AnsimMedia
import AnsimMediaService
import AnsimServerTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Videos through the API on a real embedded PostgreSQL and the real ffmpeg: a
/// registered video's keyframes are protected; a re-encoded, shrunk copy crawled later
/// matches frame by frame (with both frame times); an unrelated video does not; a
/// truncated upload is refused naming its line.
@Suite(.serialized) struct MediaVideoServiceTests {
    @Test func reencodedCopyMatchesRegisteredVideoAndUnrelatedVideoDoesNot() async throws {
        let dir = try TestVideo.folder("service")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try TestVideo.encode(TestVideo.scenes(seed: 201, count: 2), to: dir + "/protected.mp4")
        // The re-upload: 240 × 180, CRF 32 instead of 18, a keyframe every 1.5 s (at 0, 1.5, 3 s).
        try TestVideo.reencode(
            dir + "/protected.mp4", width: 240, height: 180, crf: 32, keyframeEvery: 15, to: dir + "/copy.mp4"
        )
        try TestVideo.encode(TestVideo.scenes(seed: 202, count: 2), to: dir + "/unrelated.mp4")
        let protected = [UInt8](try Data(contentsOf: URL(fileURLWithPath: dir + "/protected.mp4")))
        let copy = try Data(contentsOf: URL(fileURLWithPath: dir + "/copy.mp4"))
        let unrelated = try Data(contentsOf: URL(fileURLWithPath: dir + "/unrelated.mp4"))

        let f = try MediaServiceTests.fixture()
        try await f.server.application.test(.router) { c in
            let token = try await f.login(c, "cs")
            let (s1, b1) = try await MediaServiceTests.raw(
                c, "/v1/media/protected?case_ref=C-V-1", token: token, body: protected, type: "video/mp4")
            #expect(s1 == 201, "\(b1)")
            let hashes = MediaServiceTests.json(b1)["hashes"] as? [[String: Any]] ?? []
            #expect(hashes.count == 2)
            #expect(hashes.allSatisfy { $0["media_kind"] as? String == "video_frame" })
            #expect(hashes.compactMap { $0["frame_seconds"] as? Double } == [0, 2])

            let lines = [
                #"{"platform":"x","url":"https://x.example/v/copy","video_base64":"\#(copy.base64EncodedString())"}"#,
                #"{"platform":"x","url":"https://x.example/v/other","video_base64":"\#(unrelated.base64EncodedString())"}"#,
            ].joined(separator: "\n")
            let (s2, b2) = try await MediaServiceTests.raw(
                c, "/v1/media/crawl", token: token, body: Array(lines.utf8), type: "application/x-ndjson")
            #expect(s2 == 200, "\(b2)")
            let crawl = MediaServiceTests.json(b2)
            #expect(crawl["items"] as? Int == 2)
            #expect(crawl["hashes"] as? Int == 4)  // two kept keyframes in each video
            let matches = crawl["matches"] as? [[String: Any]] ?? []
            #expect(matches.count == 2, "\(b2)")
            #expect(
                matches.allSatisfy {
                    $0["url"] as? String == "https://x.example/v/copy" && $0["case_ref"] as? String == "C-V-1"
                })
            #expect(matches.allSatisfy { ($0["distance"] as? Int ?? 99) <= 31 })
            let pairs = Set(
                matches.compactMap { m in
                    (m["frame_seconds"] as? Double).flatMap { a in
                        (m["protected_frame_seconds"] as? Double).map { b in "\(a)→\(b)" }
                    }
                })
            #expect(pairs == ["0.0→0.0", "3.0→2.0"], "\(matches)")

            // A truncated video refuses the batch, naming its line.
            let half = copy.prefix(copy.count / 2).base64EncodedString()
            let bad = #"{"platform":"x","url":"https://x.example/v/half","video_base64":"\#(half)"}"#
            let (s3, b3) = try await MediaServiceTests.raw(
                c, "/v1/media/crawl", token: token, body: Array(bad.utf8), type: "application/x-ndjson")
            #expect(s3 == 400 && b3.contains("bad video line 1"), "\(b3)")
        }
        let stored = try f.admin.query(
            "SELECT count(*) FROM media_protected WHERE media_kind = 'video_frame' AND frame_seconds IS NOT NULL",
            purpose: "t")
        #expect(try stored[0].decode(Int.self, at: 0) == 2)
    }
}
