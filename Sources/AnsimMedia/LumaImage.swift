/// A decoded image as PDQ sees it: one 32-bit float of luma per pixel, row-major.
public struct LumaImage: Sendable {
    /// Columns.
    public let width: Int
    /// Rows.
    public let height: Int
    /// `height × width` values, row-major.
    public var luma: [Float]

    /// The reference's luma coefficients (ITU-R BT.601), as 32-bit floats.
    static let coefficientR: Float = 0.299
    static let coefficientG: Float = 0.587
    static let coefficientB: Float = 0.114

    /// Luma from values already computed.
    public init(width: Int, height: Int, luma: [Float]) {
        precondition(luma.count == width * height, "luma count must be width × height")
        self.width = width
        self.height = height
        self.luma = luma
    }

    /// Luma from 8-bit RGB (3 bytes a pixel): `0.299 R + 0.587 G + 0.114 B` evaluated
    /// in 32-bit floats left to right, as the reference's `fillFloatLumaFromRGB`.
    public init(width: Int, height: Int, rgb: UnsafeBufferPointer<UInt8>) {
        precondition(rgb.count >= width * height * 3, "rgb must hold width × height × 3 bytes")
        self.width = width
        self.height = height
        let r = LumaImage.coefficientR, g = LumaImage.coefficientG, b = LumaImage.coefficientB
        luma = [Float](unsafeUninitializedCapacity: width * height) { out, count in
            for i in 0..<(width * height) {
                let red = r * Float(rgb[3 * i])
                let green = g * Float(rgb[3 * i + 1])
                let blue = b * Float(rgb[3 * i + 2])
                out[i] = red + green + blue
            }
            count = width * height
        }
    }

    /// Luma from 8-bit RGB held in an array.
    public init(width: Int, height: Int, rgb: [UInt8]) {
        self = rgb.withUnsafeBufferPointer { LumaImage(width: width, height: height, rgb: $0) }
    }
}
