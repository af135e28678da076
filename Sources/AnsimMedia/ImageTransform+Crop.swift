extension ImageTransform {
    /// Cuts the given fractions of the width (left, right) and height (top, bottom) off.
    public static func crop(
        _ image: ImageDecoder.RGBImage, left: Double, top: Double, right: Double, bottom: Double
    ) -> ImageDecoder.RGBImage {
        let x0 = Int(Double(image.width) * left), x1 = image.width - Int(Double(image.width) * right)
        let y0 = Int(Double(image.height) * top), y1 = image.height - Int(Double(image.height) * bottom)
        let width = max(1, x1 - x0), height = max(1, y1 - y0)
        var out = [UInt8]()
        out.reserveCapacity(width * height * 3)
        for y in y0..<(y0 + height) {
            let start = (y * image.width + x0) * 3
            out.append(contentsOf: image.rgb[start..<(start + width * 3)])
        }
        return ImageDecoder.RGBImage(width: width, height: height, rgb: out)
    }
}
