import AnsimMedia
import Foundation

/// What a media command was given: a 64-hex hash, an image file, or a video file
/// (recognised by its first bytes), already hashed.
struct MediaFileInput {
    /// One hash: the image's or hash's, or a kept keyframe's with its time.
    struct Frame {
        var hash: PDQHash
        var quality: Int?
        var seconds: Double?
    }

    var frames: [Frame]
    /// The decoded image, for the derived crop hashes of a registration.
    var image: ImageDecoder.RGBImage?
    /// The video's keyframe summary (nil for images and hashes).
    var video: VideoHashes?

    /// Hashes `input`: 64 hex characters, or a JPEG/PNG/video file.
    init(_ input: String) throws {
        if input.utf8.count == 64, let hash = PDQHash(hex: input) {
            frames = [Frame(hash: hash, quality: nil, seconds: nil)]
            return
        }
        guard FileManager.default.fileExists(atPath: input) else { throw MediaError.badHash(input) }
        if Media.isVideo(file: input) {
            let video = try Media.hash(videoFile: input)
            self.video = video
            frames = video.frames.map { Frame(hash: $0.hash, quality: $0.quality, seconds: $0.seconds) }
            return
        }
        guard let data = FileManager.default.contents(atPath: input) else {
            throw MediaError.unreadable(input)
        }
        let image = try ImageDecoder.decode([UInt8](data))
        guard image.width >= PDQHasher.minimumSide, image.height >= PDQHasher.minimumSide else {
            throw MediaError.tooSmall(width: image.width, height: image.height)
        }
        let result = PDQHasher.hash(LumaImage(width: image.width, height: image.height, rgb: image.rgb))
        self.image = image
        frames = [Frame(hash: result.hash, quality: result.quality, seconds: nil)]
    }

    /// A keyframe time as printed: seconds with 3 decimals, or `-` when the stream has none.
    static func time(_ seconds: Double?) -> String {
        seconds.map { String(format: "%.3f", $0) } ?? "-"
    }
}
