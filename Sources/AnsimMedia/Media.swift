import CJPEG
import CPNG

/// Perceptual hashing of images (PDQ) and the match index for re-upload detection
/// (issue 11). JPEG and PNG are decoded with libjpeg-turbo and libpng.
public enum Media {
    /// The versions of the image decoders this build links.
    public static var decoderVersions: String {
        "libjpeg \(JPEG_LIB_VERSION), libpng \(String(cString: png_get_libpng_ver(nil)))"
    }
}
