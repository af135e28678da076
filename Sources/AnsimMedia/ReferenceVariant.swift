/// The derived copies of a protected image whose hashes are stored beside the
/// original's: a reference-set augmentation against crops, PDQ's known weakness (its
/// 64 × 64 grid moves with the frame, so a copy cropped by 4 % or more usually falls
/// outside 31 bits of the original). A cropped re-upload then lands near one of the
/// cropped references instead. Only hashes are kept, never the derived pixels.
///
/// Fourteen extra hashes an image: centred crops of 5 % and 10 % (of the width and of
/// the height, half from each side), 5 % and 10 % off one side (left, right, top,
/// bottom), and 5 % off two adjacent sides (each corner). A smaller set (centred and
/// 10 % one-side crops only) missed every 5 % one-side crop; the rates before and after,
/// and the false matches added, are measured by ``PDQRobustness/evaluateCrops`` and
/// reported in docs/MEDIA.md.
public enum ReferenceVariant: String, CaseIterable, Sendable {
    case original
    case crop5 = "crop-5"
    case crop10 = "crop-10"
    case left5 = "crop-left-5"
    case right5 = "crop-right-5"
    case top5 = "crop-top-5"
    case bottom5 = "crop-bottom-5"
    case left10 = "crop-left-10"
    case right10 = "crop-right-10"
    case top10 = "crop-top-10"
    case bottom10 = "crop-bottom-10"
    case topLeft5 = "crop-top-left-5"
    case topRight5 = "crop-top-right-5"
    case bottomLeft5 = "crop-bottom-left-5"
    case bottomRight5 = "crop-bottom-right-5"

    /// The fractions cut off (left, top, right, bottom); nil for the original and the centred crops.
    var sides: (left: Double, top: Double, right: Double, bottom: Double)? {
        switch self {
        case .original, .crop5, .crop10: nil
        case .left5: (0.05, 0, 0, 0)
        case .right5: (0, 0, 0.05, 0)
        case .top5: (0, 0.05, 0, 0)
        case .bottom5: (0, 0, 0, 0.05)
        case .left10: (0.10, 0, 0, 0)
        case .right10: (0, 0, 0.10, 0)
        case .top10: (0, 0.10, 0, 0)
        case .bottom10: (0, 0, 0, 0.10)
        case .topLeft5: (0.05, 0.05, 0, 0)
        case .topRight5: (0, 0.05, 0.05, 0)
        case .bottomLeft5: (0.05, 0, 0, 0.05)
        case .bottomRight5: (0, 0, 0.05, 0.05)
        }
    }

    /// The variant's pixels.
    public func apply(_ image: ImageDecoder.RGBImage) -> ImageDecoder.RGBImage {
        switch self {
        case .original: return image
        case .crop5: return ImageTransform.crop(image, fraction: 0.05)
        case .crop10: return ImageTransform.crop(image, fraction: 0.10)
        default:
            let s = sides!
            return ImageTransform.crop(image, left: s.left, top: s.top, right: s.right, bottom: s.bottom)
        }
    }

    /// One stored reference hash.
    public struct Reference: Sendable, Equatable {
        public let variant: ReferenceVariant
        public let hash: PDQHash
        public let quality: Int
    }

    /// The hashes of every variant of `image` (the original first).
    public static func references(_ image: ImageDecoder.RGBImage) -> [Reference] {
        allCases.map { variant in
            let cut = variant.apply(image)
            let (hash, quality) = PDQHasher.hash(
                LumaImage(width: cut.width, height: cut.height, rgb: cut.rgb))
            return Reference(variant: variant, hash: hash, quality: quality)
        }
    }
}
