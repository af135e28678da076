import AnsimMedia
import Foundation
import Hummingbird

/// Media as a request gives it: a hash (`pdq`, 64 hex), an image (`image_base64`, JPEG
/// or PNG) or a video (`video_base64`, any container ffmpeg reads); exactly one. Media
/// bytes are recognised by their first bytes, hashed here and dropped.
struct MediaInput: Decodable, Sendable {
    var pdq: String?
    var imageBase64: String?
    var videoBase64: String?

    /// Hashes of one piece of media.
    struct Hashed: Sendable {
        /// One hash: an image's, or a kept video keyframe's (with its time).
        struct Frame: Sendable {
            var hash: PDQHash
            var quality: Int?
            var seconds: Double?
        }

        var frames: [Frame]
        /// The decoded image (for the derived crop hashes of a registration); nil for hashes and videos.
        var image: ImageDecoder.RGBImage?
        /// Whether the frames are a video's keyframes.
        var isVideo: Bool
    }

    /// The hashes, or a 400/415 naming the problem.
    func hashed(_ what: String) throws -> Hashed {
        let given = [pdq, imageBase64, videoBase64].compactMap { $0 }
        guard given.count == 1 else {
            throw HTTPError(
                .badRequest,
                message: given.isEmpty
                    ? "\(what): give pdq (64 hex), image_base64 (JPEG or PNG) or video_base64"
                    : "\(what): give only one of pdq, image_base64 and video_base64")
        }
        if let text = pdq {
            guard let hash = PDQHash(hex: text) else {
                throw HTTPError(
                    .badRequest,
                    message: "\(what): pdq is not a PDQ hash (64 hex characters): \(text.prefix(80))")
            }
            return Hashed(frames: [.init(hash: hash, quality: nil, seconds: nil)], image: nil, isVideo: false)
        }
        let field = imageBase64 != nil ? "image_base64" : "video_base64"
        guard let bytes = Data(base64Encoded: given[0], options: .ignoreUnknownCharacters) else {
            throw HTTPError(.badRequest, message: "\(what): \(field) is not base64")
        }
        return try Self.hash(media: [UInt8](bytes), what)
    }

    /// Hashes image or video bytes (chosen by their first bytes), mapping failures to a
    /// 400 (415 for other formats, 503 when the video decoder is not installed).
    static func hash(media bytes: [UInt8], _ what: String) throws -> Hashed {
        do {
            if ImageDecoder.format(of: bytes) == nil, Media.isVideo(bytes) {
                let video = try Media.hash(videoData: bytes, name: what)
                guard !video.frames.isEmpty else {
                    throw HTTPError(
                        .badRequest,
                        message: "\(what): the video has no keyframe of quality ≥ "
                            + "\(VideoHashes.minimumQuality) to hash (\(video.summary))")
                }
                let frames = video.frames.map {
                    Hashed.Frame(hash: $0.hash, quality: $0.quality, seconds: $0.seconds)
                }
                return Hashed(frames: frames, image: nil, isVideo: true)
            }
            let image = try ImageDecoder.decode(bytes)
            guard image.width >= PDQHasher.minimumSide, image.height >= PDQHasher.minimumSide else {
                throw MediaError.tooSmall(width: image.width, height: image.height)
            }
            let result = PDQHasher.hash(LumaImage(width: image.width, height: image.height, rgb: image.rgb))
            return Hashed(
                frames: [.init(hash: result.hash, quality: result.quality, seconds: nil)], image: image,
                isVideo: false)
        } catch let error as MediaError {
            switch error {
            case .unsupportedFormat: throw HTTPError(.unsupportedMediaType, message: "\(what): \(error)")
            case .videoDecoderMissing: throw HTTPError(.serviceUnavailable, message: "\(error)")
            case .badVideo: throw HTTPError(.badRequest, message: "\(error)")  // names `what`
            default: throw HTTPError(.badRequest, message: "\(what): \(error)")
            }
        }
    }
}
