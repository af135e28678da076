import CJPEG
import Foundation

/// The edits a re-upload typically goes through, on 8-bit RGB images: resizing,
/// recompression, cropping, brightness. Used by the robustness tests and the benchmark.
public enum ImageTransform {
    /// Area-averaging resize (each output pixel averages the source pixels it covers,
    /// weighted by overlap), like a photo app's downscale; bilinear when enlarging.
    public static func resize(_ image: ImageDecoder.RGBImage, width: Int, height: Int) -> ImageDecoder.RGBImage {
        var out = [UInt8](repeating: 0, count: width * height * 3)
        let sx = Double(image.width) / Double(width), sy = Double(image.height) / Double(height)
        for y in 0..<height {
            for x in 0..<width {
                var acc = (0.0, 0.0, 0.0), weight = 0.0
                let x0 = Double(x) * sx, x1 = x0 + max(sx, 1), y0 = Double(y) * sy, y1 = y0 + max(sy, 1)
                for py in Int(y0)..<min(Int(ceil(y1)), image.height) {
                    let wy = min(Double(py + 1), y1) - max(Double(py), y0)
                    for px in Int(x0)..<min(Int(ceil(x1)), image.width) {
                        let w = wy * (min(Double(px + 1), x1) - max(Double(px), x0))
                        guard w > 0 else { continue }
                        let i = (py * image.width + px) * 3
                        acc.0 += w * Double(image.rgb[i])
                        acc.1 += w * Double(image.rgb[i + 1])
                        acc.2 += w * Double(image.rgb[i + 2])
                        weight += w
                    }
                }
                let o = (y * width + x) * 3
                out[o] = UInt8(min(255, (acc.0 / weight).rounded()))
                out[o + 1] = UInt8(min(255, (acc.1 / weight).rounded()))
                out[o + 2] = UInt8(min(255, (acc.2 / weight).rounded()))
            }
        }
        return ImageDecoder.RGBImage(width: width, height: height, rgb: out)
    }

    /// Cuts `fraction` of the width and height off, split between the two sides.
    public static func crop(_ image: ImageDecoder.RGBImage, fraction: Double) -> ImageDecoder.RGBImage {
        let dx = Int(Double(image.width) * fraction / 2), dy = Int(Double(image.height) * fraction / 2)
        let width = image.width - 2 * dx, height = image.height - 2 * dy
        var out = [UInt8]()
        out.reserveCapacity(width * height * 3)
        for y in dy..<(dy + height) {
            let start = (y * image.width + dx) * 3
            out.append(contentsOf: image.rgb[start..<(start + width * 3)])
        }
        return ImageDecoder.RGBImage(width: width, height: height, rgb: out)
    }

    /// Adds `delta` to every channel, clamped to 0…255.
    public static func brighten(_ image: ImageDecoder.RGBImage, by delta: Int) -> ImageDecoder.RGBImage {
        ImageDecoder.RGBImage(width: image.width, height: image.height,
                              rgb: image.rgb.map { UInt8(clamping: Int($0) + delta) })
    }

    /// The image as baseline JPEG bytes at `quality` (libjpeg-turbo).
    public static func jpeg(_ image: ImageDecoder.RGBImage, quality: Int) throws(MediaError) -> [UInt8] {
        var out: UnsafeMutablePointer<UInt8>?
        var size: UInt = 0
        var message = [CChar](repeating: 0, count: Int(JMSG_LENGTH_MAX))
        let status = image.rgb.withUnsafeBufferPointer {
            ansim_jpeg_encode_rgb($0.baseAddress, Int32(image.width), Int32(image.height), Int32(quality), &out, &size, &message)
        }
        guard status == 0, let out else {
            throw .badJPEG(String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
        defer { free(out) }
        return Array(UnsafeBufferPointer(start: out, count: Int(size)))
    }

    /// Recompresses at `quality` and decodes again.
    public static func recompress(_ image: ImageDecoder.RGBImage, quality: Int) throws(MediaError) -> ImageDecoder.RGBImage {
        try ImageDecoder.decode(try jpeg(image, quality: quality))
    }

    /// PDQ of an RGB image.
    public static func pdq(_ image: ImageDecoder.RGBImage) -> PDQHash {
        PDQHasher.hash(LumaImage(width: image.width, height: image.height, rgb: image.rgb)).hash
    }
}
