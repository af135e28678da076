/// The PDQ hashes of a video's keyframes, after the two rules that keep only useful
/// ones (docs/MEDIA.md, "Video keyframes"):
///
/// 1. **Quality**: a keyframe whose PDQ quality is below ``minimumQuality`` (50, the
///    threshold Meta's vPDQ matcher uses) is dropped. Fades, black and single-colour
///    title frames hash to nearly the same bits in every video, so keeping them would
///    match unrelated videos to each other.
/// 2. **Consecutive near-duplicates**: a keyframe within ``duplicateDistance`` (8) bits
///    of the last *kept* keyframe is dropped (a static shot re-keyed every few seconds).
///    By the triangle inequality any copy within 31 − 8 = 23 bits of a dropped frame is
///    still within 31 bits of the kept one, so little recall is lost.
public struct VideoHashes: Sendable {
    /// One kept keyframe.
    public struct Frame: Sendable, Equatable {
        public let hash: PDQHash
        public let quality: Int
        /// Presentation time, seconds.
        public let seconds: Double?
    }

    /// Keyframes below this quality are dropped.
    public static let minimumQuality = 50
    /// A keyframe this close to the last kept one is dropped.
    public static let duplicateDistance = 8

    /// The kept keyframes, in stream order.
    public private(set) var frames: [Frame] = []
    /// Keyframes decoded.
    public private(set) var decoded = 0
    /// Keyframes dropped for low quality.
    public private(set) var lowQuality = 0
    /// Keyframes dropped as near-duplicates of the previous kept one.
    public private(set) var duplicates = 0
    /// Size of the decoded keyframes.
    public private(set) var width = 0
    public private(set) var height = 0

    /// Hashes the keyframes of the video at `path` (errors name `name`, default the path).
    public init(file path: String, name: String? = nil) throws(MediaError) {
        try VideoDecoder.forEachKeyframe(file: path, name: name) { frame in
            add(frame)
        }
    }

    /// Applies the two rules to one decoded keyframe.
    mutating func add(_ keyframe: VideoDecoder.Keyframe) {
        decoded += 1
        width = keyframe.image.width
        height = keyframe.image.height
        guard width >= PDQHasher.minimumSide, height >= PDQHasher.minimumSide else {
            lowQuality += 1
            return
        }
        let (hash, quality) = PDQHasher.hash(
            LumaImage(width: keyframe.image.width, height: keyframe.image.height, rgb: keyframe.image.rgb))
        guard quality >= Self.minimumQuality else {
            lowQuality += 1
            return
        }
        if let last = frames.last, last.hash.distance(to: hash) <= Self.duplicateDistance {
            duplicates += 1
            return
        }
        frames.append(Frame(hash: hash, quality: quality, seconds: keyframe.seconds))
    }

    /// One line for people: what was decoded and what was kept.
    public var summary: String {
        "\(decoded) keyframe(s) \(width)×\(height) decoded, \(frames.count) kept "
            + "(\(duplicates) near-duplicate(s) of the previous kept keyframe, \(lowQuality) below quality \(Self.minimumQuality))"
    }
}
