/// A point in EPSG:5179 as little-endian EWKB (what a binary COPY of `geometry` takes).
enum PointEWKB {
    static func bytes(x: Double, y: Double, srid: UInt32 = 5179) -> [UInt8] {
        var b: [UInt8] = [1]
        withUnsafeBytes(of: UInt32(0x2000_0001).littleEndian) { b.append(contentsOf: $0) }
        withUnsafeBytes(of: srid.littleEndian) { b.append(contentsOf: $0) }
        withUnsafeBytes(of: x.bitPattern.littleEndian) { b.append(contentsOf: $0) }
        withUnsafeBytes(of: y.bitPattern.littleEndian) { b.append(contentsOf: $0) }
        return b
    }
}
