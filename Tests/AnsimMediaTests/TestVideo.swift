import AnsimMedia
import AnsimSupport
import Foundation
import Testing

/// Small test videos made in the test with the ffmpeg program from seeded synthetic
/// scenes (`SyntheticScene`): nothing is committed, nothing is downloaded.
enum TestVideo {
    /// A private scratch folder for one test.
    static func folder(_ name: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "ansim-media-test-\(name)-\(UUID().uuidString)"
        ).path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// The scenes of `seed`, 320 × 240.
    static func scenes(seed: UInt64, count: Int) -> [ImageDecoder.RGBImage] {
        var generator = SyntheticScene(seed: seed)
        return (0..<count).map { _ in generator.image(width: 320, height: 240) }
    }

    /// Encodes each scene held for `secondsEach` at 10 frames/s into `path` with libx264
    /// (yuv420p, CRF `crf`), a keyframe exactly every `keyframeEvery` frames (scene-cut
    /// detection off, so the keyframe times are known: 0, 1, 2, … s for 10).
    static func encode(
        _ scenes: [ImageDecoder.RGBImage], secondsEach: Int = 2, keyframeEvery: Int = 10, crf: Int = 18,
        to path: String
    ) throws {
        try #require(
            VideoDecoder.isAvailable, "ffmpeg and ffprobe are needed (scripts/setup.sh installs them)")
        let width = scenes[0].width, height = scenes[0].height
        var raw = Data()
        for scene in scenes {
            for _ in 0..<(secondsEach * 10) { raw.append(contentsOf: scene.rgb) }
        }
        try ffmpeg(
            [
                "-f", "rawvideo", "-pix_fmt", "rgb24", "-s", "\(width)x\(height)", "-r", "10", "-i", "pipe:0",
                "-c:v", "libx264", "-preset", "veryfast", "-crf", "\(crf)", "-pix_fmt", "yuv420p",
                "-g", "\(keyframeEvery)", "-keyint_min", "\(keyframeEvery)", "-sc_threshold", "0", path,
            ], input: raw)
    }

    /// Re-encodes `source` as a re-uploader would: smaller, lower bitrate, other keyframe spacing.
    static func reencode(
        _ source: String, width: Int, height: Int, crf: Int, keyframeEvery: Int, to path: String
    ) throws {
        try ffmpeg([
            "-i", source, "-vf", "scale=\(width):\(height)", "-c:v", "libx264", "-preset", "veryfast",
            "-crf", "\(crf)", "-pix_fmt", "yuv420p", "-g", "\(keyframeEvery)", "-sc_threshold", "0", path,
        ])
    }

    /// Runs ffmpeg quietly, overwriting the output; a failure is a test error with its message.
    static func ffmpeg(_ arguments: [String], input: Data? = nil) throws {
        let program = try #require(
            Subprocess.which("ffmpeg"), "ffmpeg is needed (scripts/setup.sh installs it)")
        let result = try Subprocess.run(
            program, ["-hide_banner", "-nostdin", "-loglevel", "error", "-y"] + arguments, input: input)
        try #require(result.status == 0, "ffmpeg failed: \(result.lastLine)")
    }
}
