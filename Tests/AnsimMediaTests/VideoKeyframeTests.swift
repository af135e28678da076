import AnsimMedia
import Foundation
import Testing

/// Keyframes decoded by ffmpeg hash like the frames they were made from; the
/// dedupe and quality rules; bad videos are refused with the file named.
@Suite struct VideoKeyframeTests {
    /// H.264 is lossy and stores colour as 4:2:0 YUV, so a decoded keyframe is not the
    /// source frame bit for bit; PDQ of the decoded frame must stay within 16 bits of the
    /// source's (half the 31-bit match threshold). Measured: see docs/MEDIA.md.
    static let codecTolerance = 16

    @Test func keyframesHashLikeTheirSourceFramesAndRepeatsAreDropped() throws {
        let dir = try TestVideo.folder("keyframes")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let scenes = TestVideo.scenes(seed: 101, count: 2)
        let path = dir + "/ab.mp4"
        try TestVideo.encode(scenes, to: path)  // scene A for 2 s, then scene B; keyframes at 0, 1, 2, 3 s
        #expect(Media.isVideo(file: path))
        let video = try Media.hash(videoFile: path)
        print(
            "video keyframes: \(video.summary); distances \(zip(video.frames, scenes).map { $0.hash.distance(to: ImageTransform.pdq($1)) })"
        )
        #expect(video.decoded == 4)
        #expect(video.duplicates == 2)  // the keyframes at 1 s and 3 s repeat A and B
        #expect(video.frames.count == 2)
        #expect(video.frames.map(\.seconds) == [0, 2])
        #expect(video.width == 320 && video.height == 240)
        for (frame, scene) in zip(video.frames, scenes) {
            #expect(frame.hash.distance(to: ImageTransform.pdq(scene)) <= Self.codecTolerance)
            #expect(frame.quality >= VideoHashes.minimumQuality)
        }
        // The two scenes are unrelated, so their keyframes are far apart.
        #expect(video.frames[0].hash.distance(to: video.frames[1].hash) > 31)
    }

    @Test func flatFramesAreNotKept() throws {
        let dir = try TestVideo.folder("flat")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let grey = ImageDecoder.RGBImage(
            width: 320, height: 240, rgb: Array(repeating: 90, count: 320 * 240 * 3))
        let scene = TestVideo.scenes(seed: 102, count: 1)[0]
        try TestVideo.encode([grey, scene], to: dir + "/fade.mp4")
        let video = try Media.hash(videoFile: dir + "/fade.mp4")
        #expect(video.lowQuality == 2)  // the grey keyframes at 0 and 1 s
        #expect(video.frames.map(\.seconds) == [2])
    }

    @Test func truncatedAndForeignFilesAreRefusedByName() throws {
        let dir = try TestVideo.folder("bad")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try TestVideo.encode(TestVideo.scenes(seed: 103, count: 2), to: dir + "/whole.mp4")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: dir + "/whole.mp4"))
        let truncated = dir + "/truncated.mp4"
        try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: truncated))
        #expect(Media.isVideo(file: truncated))
        do {
            _ = try Media.hash(videoFile: truncated)
            Issue.record("a truncated video was hashed")
        } catch {
            guard case .badVideo(let file, let message) = error else {
                Issue.record("wrong error \(error)"); return
            }
            #expect(file == truncated)
            #expect(!message.isEmpty)
            #expect(error.description.hasPrefix("bad video \(truncated): "))
        }
        // An upload is named as the caller says.
        #expect(throws: MediaError.self) {
            try Media.hash(videoData: Array(bytes.prefix(4000)), name: "line 3")
        }
        do {
            _ = try Media.hash(videoData: Array(bytes.prefix(4000)), name: "line 3")
        } catch {
            #expect(error.description.hasPrefix("bad video line 3: "))
        }
    }

    @Test func containersAreRecognisedByTheirFirstBytes() throws {
        #expect(VideoContainer.name(of: [0, 0, 0, 0x20] + Array("ftypisom".utf8)) == "mp4")
        #expect(VideoContainer.name(of: [0x1A, 0x45, 0xDF, 0xA3, 0x01]) == "matroska")
        #expect(VideoContainer.name(of: Array("RIFF\u{0}\u{0}\u{0}\u{0}AVI LIST".utf8)) == "avi")
        #expect(VideoContainer.name(of: Array("Hello, world".utf8)) == nil)
        #expect(VideoContainer.name(of: try MediaFixture.data("scene0.jpg")) == nil)
        #expect(VideoContainer.name(of: try MediaFixture.data("scene0.png")) == nil)
    }
}
