import CJPEG
import CPNG
import Foundation

/// Decodes JPEG (libjpeg-turbo) and PNG (libpng) bytes to 8-bit RGB, chosen by the
/// file's magic bytes, never by its name.
public enum ImageDecoder {
    /// A decoded image: `width × height × 3` bytes, rows top to bottom.
    public struct RGBImage: Sendable {
        public let width: Int
        public let height: Int
        public let rgb: [UInt8]

        /// An image from `width × height × 3` bytes.
        public init(width: Int, height: Int, rgb: [UInt8]) {
            precondition(rgb.count == width * height * 3, "rgb must hold width × height × 3 bytes")
            self.width = width
            self.height = height
            self.rgb = rgb
        }
    }

    /// JPEG, PNG, or nil from the first bytes.
    public static func format(of data: [UInt8]) -> String? {
        if data.count >= 3, data[0] == 0xFF, data[1] == 0xD8, data[2] == 0xFF { return "jpeg" }
        if data.count >= 8, data[0..<8].elementsEqual([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            return "png"
        }
        return nil
    }

    /// Decodes JPEG or PNG bytes.
    public static func decode(_ data: [UInt8]) throws(MediaError) -> RGBImage {
        switch format(of: data) {
        case "jpeg": return try decodeJPEG(data)
        case "png": return try decodePNG(data)
        default:
            let head = data.prefix(8).map { String(format: "%02x", $0) }.joined()
            throw .unsupportedFormat(head.isEmpty ? "nothing: empty input" : head)
        }
    }

    /// libjpeg-turbo through `ansim_jpeg_decode_rgb` (CJPEG/shim.h); corrupt-data
    /// warnings such as a premature end of file are failures.
    static func decodeJPEG(_ data: [UInt8]) throws(MediaError) -> RGBImage {
        var pixels: UnsafeMutablePointer<UInt8>?
        var width: Int32 = 0, height: Int32 = 0
        var message = [CChar](repeating: 0, count: Int(JMSG_LENGTH_MAX))
        let status = data.withUnsafeBufferPointer { bytes in
            ansim_jpeg_decode_rgb(bytes.baseAddress, UInt(bytes.count), &pixels, &width, &height, &message)
        }
        guard status == 0, let pixels else {
            throw .badJPEG(String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
        defer { free(pixels) }
        let count = Int(width) * Int(height) * 3
        return RGBImage(width: Int(width), height: Int(height),
                        rgb: Array(UnsafeBufferPointer(start: pixels, count: count)))
    }

    /// libpng's simplified API, read as 8-bit RGBA with the alpha channel dropped
    /// (not composited), as Pillow's `convert("RGB")` does.
    static func decodePNG(_ data: [UInt8]) throws(MediaError) -> RGBImage {
        var image = png_image()
        image.version = UInt32(PNG_IMAGE_VERSION)
        let begun = data.withUnsafeBufferPointer { png_image_begin_read_from_memory(&image, $0.baseAddress, $0.count) }
        guard begun != 0 else { throw .badPNG(pngMessage(&image)) }
        image.format = UInt32(PNG_FORMAT_FLAG_COLOR | PNG_FORMAT_FLAG_ALPHA)  // PNG_FORMAT_RGBA
        let width = Int(image.width), height = Int(image.height)
        var rgba = [UInt8](repeating: 0, count: width * height * 4)
        let finished = data.withUnsafeBufferPointer { _ in
            rgba.withUnsafeMutableBytes { png_image_finish_read(&image, nil, $0.baseAddress, Int32(width * 4), nil) }
        }
        guard finished != 0 else { throw .badPNG(pngMessage(&image)) }
        var rgb = [UInt8](repeating: 0, count: width * height * 3)
        for i in 0..<(width * height) {
            rgb[3 * i] = rgba[4 * i]
            rgb[3 * i + 1] = rgba[4 * i + 1]
            rgb[3 * i + 2] = rgba[4 * i + 2]
        }
        return RGBImage(width: width, height: height, rgb: rgb)
    }

    private static func pngMessage(_ image: inout png_image) -> String {
        let text = withUnsafeBytes(of: &image.message) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        png_image_free(&image)
        return text
    }
}
