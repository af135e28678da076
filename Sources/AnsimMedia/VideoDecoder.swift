import AnsimSupport
import Foundation

/// Decodes the keyframes of a video with the `ffprobe` and `ffmpeg` programs (FFmpeg 5.1
/// in Debian 12), run as subprocesses: the maintained decoder for every common codec,
/// with no FFmpeg library linked into Ansim.
///
/// `ffprobe` checks that the file holds a video stream; `ffmpeg -skip_frame nokey`
/// then decodes only the keyframes of the first video stream to raw RGB (`-fps_mode
/// passthrough`: one output frame per keyframe, none duplicated or dropped) into a
/// private temporary file, and its `showinfo` filter reports each frame's presentation
/// time. `-xerror` makes any decoding error fatal, so a truncated or corrupt upload is
/// refused rather than half hashed (as libjpeg's warnings are for JPEG). Frames larger
/// than ``largestSide`` on a side are shrunk to fit (area average) to bound the
/// temporary file; frames up to 1080p are hashed at their own size.
public enum VideoDecoder {
    /// One decoded keyframe.
    public struct Keyframe: Sendable {
        /// Presentation time in seconds from the stream's start (nil when the stream has none).
        public let seconds: Double?
        /// The pixels.
        public let image: ImageDecoder.RGBImage
    }

    /// Keyframes wider or taller than this are shrunk to fit (aspect kept).
    public static let largestSide = 1920

    /// Whether both programs are on `PATH`.
    public static var isAvailable: Bool {
        Subprocess.which("ffmpeg") != nil && Subprocess.which("ffprobe") != nil
    }

    /// Calls `body` with each keyframe of the video at `path`, in stream order; errors name `name`.
    public static func forEachKeyframe(
        file path: String, name: String? = nil, _ body: (Keyframe) -> Void
    ) throws(MediaError) {
        let name = name ?? path
        // The programs run in `/` (Subprocess's default), so a relative path is made absolute here.
        let path = URL(fileURLWithPath: path).standardizedFileURL.path
        guard let ffprobe = Subprocess.which("ffprobe"), let ffmpeg = Subprocess.which("ffmpeg") else {
            throw .videoDecoderMissing(name)
        }
        let probe = try run(
            ffprobe,
            [
                "-v", "error", "-select_streams", "v:0", "-show_entries", "stream=codec_name,width,height",
                "-of", "csv=p=0", path,
            ], name)
        guard probe.status == 0 else { throw .badVideo(file: name, message: message(probe.error, path)) }
        guard probe.output.contains(where: { !$0.isWhitespace }) else {
            throw .badVideo(file: name, message: "no video stream")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "ansim-video-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(
                at: folder, withIntermediateDirectories: false,
                attributes: [.posixPermissions: 0o700])
        } catch { throw .unreadable("cannot create a temporary folder: \(error)") }
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("frames.rgb").path
        let side = largestSide
        let decode = try run(
            ffmpeg,
            [
                "-hide_banner", "-nostdin", "-nostats", "-loglevel", "+level+info", "-xerror", "-skip_frame",
                "nokey", "-i", path,
                "-map", "0:v:0", "-an", "-sn", "-dn",
                "-vf",
                "scale=w='min(iw,\(side))':h='min(ih,\(side))':force_original_aspect_ratio=decrease:flags=area,showinfo",
                "-fps_mode", "passthrough", "-f", "rawvideo", "-pix_fmt", "rgb24", "-y", output,
            ], name)
        guard decode.status == 0 else { throw .badVideo(file: name, message: message(decode.error, path)) }
        let frames = decode.error.split(whereSeparator: \.isNewline).filter {
            $0.contains("Parsed_showinfo") && $0.contains(" n:") && $0.contains("pts_time:")
        }
        guard let first = frames.first, let size = field(first, " s:")?.split(separator: "x"),
            size.count == 2,
            let width = Int(size[0]), let height = Int(size[1]), width > 0, height > 0
        else { throw .badVideo(file: name, message: "ffmpeg decoded no keyframe") }
        guard let handle = FileHandle(forReadingAtPath: output) else { throw .unreadable(output) }
        defer { try? handle.close() }
        let frameBytes = width * height * 3
        for line in frames {
            guard let data = try? handle.read(upToCount: frameBytes), data.count == frameBytes else { break }
            body(
                Keyframe(
                    seconds: field(line, "pts_time:").flatMap(Double.init),
                    image: ImageDecoder.RGBImage(width: width, height: height, rgb: [UInt8](data))))
        }
    }

    /// Runs a program, mapping a failure to start it to `.videoDecoderMissing`.
    private static func run(_ program: String, _ arguments: [String], _ name: String) throws(MediaError)
        -> Subprocess.Result
    {
        do { return try Subprocess.run(program, arguments) } catch { throw .videoDecoderMissing(name) }
    }

    /// The value after `key` in a showinfo line, up to the next space.
    private static func field(_ line: Substring, _ key: String) -> String? {
        guard let range = line.range(of: key) else { return nil }
        return String(line[range.upperBound...].prefix { !$0.isWhitespace })
    }

    /// ffmpeg's error lines, without the `[component @ 0x…]` prefixes or the temporary path.
    static func message(_ stderr: String, _ path: String) -> String {
        let lines = stderr.split(whereSeparator: \.isNewline).map { line -> String in
            var text = Substring(line)
            while text.hasPrefix("["), let close = text.firstIndex(of: "]") {
                text = text[text.index(after: close)...].drop { $0 == " " }
            }
            return String(text).replacingOccurrences(of: path + ": ", with: "")
        }
        let errors =
            stderr.contains("[error]") || stderr.contains("[fatal]")
            ? zip(stderr.split(whereSeparator: \.isNewline), lines)
                .filter { $0.0.contains("[error]") || $0.0.contains("[fatal]") }.map(\.1)
            : lines
        let unique = errors.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        return unique.prefix(3).joined(separator: "; ").prefix(300).description
    }
}
