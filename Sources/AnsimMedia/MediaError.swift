/// Why media could not be hashed; each case names the problem for a 4xx answer.
public enum MediaError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The bytes are neither JPEG nor PNG (first bytes shown as hex).
    case unsupportedFormat(String)
    /// The JPEG decoder refused the data (libjpeg's message, e.g. a truncated file).
    case badJPEG(String)
    /// The PNG decoder refused the data (libpng's message).
    case badPNG(String)
    /// The image is smaller than the 5 × 5 PDQ needs.
    case tooSmall(width: Int, height: Int)
    /// Text that is not a 64-hex-character PDQ hash.
    case badHash(String)
    /// A file could not be read.
    case unreadable(String)
    /// A video was given but the ffmpeg/ffprobe programs are not installed (the file named).
    case videoDecoderMissing(String)
    /// ffprobe/ffmpeg refused the video (the file named, and ffmpeg's message).
    case badVideo(file: String, message: String)

    public var description: String {
        switch self {
        case .unsupportedFormat(let head): "not a JPEG or PNG image or a video (starts with \(head))"
        case .badJPEG(let message): "bad JPEG: \(message)"
        case .badPNG(let message): "bad PNG: \(message)"
        case .tooSmall(let width, let height): "image \(width)×\(height) is smaller than 5×5"
        case .badHash(let text): "not a PDQ hash (64 hex characters): \(text.prefix(80))"
        case .unreadable(let message): "cannot read: \(message)"
        case .videoDecoderMissing(let file):
            "\(file) is a video: decoding its keyframes needs ffmpeg and ffprobe on PATH (apt-get install ffmpeg)"
        case .badVideo(let file, let message): "bad video \(file): \(message)"
        }
    }
}
