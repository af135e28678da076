import CJPEG
import CPNG
import Foundation

/// Perceptual hashing of images (PDQ) and the match index for re-upload detection
/// (issue 11). JPEG and PNG are decoded with libjpeg-turbo and libpng.
public enum Media {
    /// The versions of the image decoders this build links.
    public static var decoderVersions: String {
        "libjpeg \(JPEG_LIB_VERSION), libpng \(String(cString: png_get_libpng_ver(nil)))"
    }

    /// Hash and quality of JPEG or PNG bytes; the pixels are not kept.
    public static func hash(imageData: [UInt8]) throws(MediaError) -> (hash: PDQHash, quality: Int) {
        let image = try ImageDecoder.decode(imageData)
        guard image.width >= PDQHasher.minimumSide, image.height >= PDQHasher.minimumSide else {
            throw .tooSmall(width: image.width, height: image.height)
        }
        return PDQHasher.hash(LumaImage(width: image.width, height: image.height, rgb: image.rgb))
    }

    /// Hash and quality of a JPEG or PNG file.
    public static func hash(file path: String) throws(MediaError) -> (hash: PDQHash, quality: Int) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path)
        }
        return try hash(imageData: [UInt8](data))
    }

    /// A hash from its hex text, or `.badHash` naming the text.
    public static func parseHash(_ text: String) throws(MediaError) -> PDQHash {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let hash = PDQHash(hex: trimmed) else { throw .badHash(trimmed) }
        return hash
    }
}
