import AnsimRouting

/// Reads and writes the WKB of line geometries without a round trip through GEOS:
/// ISO or extended WKB LineString and MultiLineString (Z and M ordinates are skipped),
/// and hex EWKB of LineStrings and Points for `COPY`.
enum LineWKB {
    /// The parts of a LineString or MultiLineString; nil for other types or bad bytes.
    static func lines(_ bytes: [UInt8]) -> [[Point2]]? {
        var offset = 0
        return read(bytes, &offset)
    }

    private static func read(_ b: [UInt8], _ offset: inout Int) -> [[Point2]]? {
        guard offset + 5 <= b.count else { return nil }
        let little = b[offset] == 1
        offset += 1
        func u32() -> UInt32? {
            guard offset + 4 <= b.count else { return nil }
            var v: UInt32 = 0
            for i in 0..<4 { v |= UInt32(b[offset + i]) << (little ? 8 * i : 8 * (3 - i)) }
            offset += 4
            return v
        }
        func f64() -> Double {
            var v: UInt64 = 0
            for i in 0..<8 { v |= UInt64(b[offset + i]) << (little ? 8 * i : 8 * (7 - i)) }
            offset += 8
            return Double(bitPattern: v)
        }
        guard var type = u32() else { return nil }
        var dims = 2
        if type & 0x8000_0000 != 0 { dims += 1 }
        if type & 0x4000_0000 != 0 { dims += 1 }
        if type & 0x2000_0000 != 0 { offset += 4 }
        type &= 0x0FFF_FFFF
        switch type / 1000 {
        case 1, 2: dims = 3
        case 3: dims = 4
        default: break
        }
        switch type % 1000 {
        case 2:
            guard let n = u32(), offset + Int(n) * dims * 8 <= b.count else { return nil }
            var points: [Point2] = []
            points.reserveCapacity(Int(n))
            for _ in 0..<n {
                let x = f64()
                let y = f64()
                offset += (dims - 2) * 8
                points.append(Point2(x, y))
            }
            return [points]
        case 5:
            guard let n = u32() else { return nil }
            var parts: [[Point2]] = []
            for _ in 0..<n {
                guard let part = read(b, &offset) else { return nil }
                parts += part
            }
            return parts
        default:
            return nil
        }
    }

    /// Hex EWKB (little-endian, with SRID) of a LineString.
    static func hexLineString(_ points: [Point2], srid: UInt32 = 5179) -> String {
        var out = header(type: 2, srid: srid)
        put(UInt32(points.count), &out)
        for p in points {
            put(p.x.bitPattern, &out)
            put(p.y.bitPattern, &out)
        }
        return hex(out)
    }

    /// Hex EWKB of a Point.
    static func hexPoint(_ p: Point2, srid: UInt32 = 5179) -> String {
        var out = header(type: 1, srid: srid)
        put(p.x.bitPattern, &out)
        put(p.y.bitPattern, &out)
        return hex(out)
    }

    private static func header(type: UInt32, srid: UInt32) -> [UInt8] {
        var out: [UInt8] = [1]
        put(type | 0x2000_0000, &out)
        put(srid, &out)
        return out
    }

    private static func put<T: FixedWidthInteger>(_ v: T, _ out: inout [UInt8]) {
        withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) }
    }

    private static let digits = Array("0123456789ABCDEF".utf8)

    private static func hex(_ bytes: [UInt8]) -> String {
        var chars: [UInt8] = []
        chars.reserveCapacity(bytes.count * 2)
        for b in bytes {
            chars.append(digits[Int(b >> 4)])
            chars.append(digits[Int(b & 15)])
        }
        return String(decoding: chars, as: UTF8.self)
    }
}
