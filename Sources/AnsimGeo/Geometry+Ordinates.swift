import CGEOS

extension Geometry {
    /// The magnitude below which every ordinate fits GEOS 3.11.1's trimmed WKT number
    /// buffer (28 bytes) with room to spare: at most 17 significant digits, so at most
    /// 16 integer digits, a point, a sign and 16 decimals' worth of shortest digits.
    static let trimmedWKTLimit = 1e15

    /// The largest finite |x|, |y| or |z| of any coordinate, or 0 for an empty geometry.
    /// NaN and infinite ordinates are skipped: GEOS writes them as words, not digits.
    func largestOrdinate(_ s: GEOSSession) -> Double {
        Self.largestOrdinate(s, handle)
    }

    private static func largestOrdinate(_ s: GEOSSession, _ g: OpaquePointer) -> Double {
        switch GEOSGeomTypeId_r(s.handle, g) {
        case Int32(GEOS_POINT.rawValue), Int32(GEOS_LINESTRING.rawValue), Int32(GEOS_LINEARRING.rawValue):
            return largestOrdinate(s, sequence: GEOSGeom_getCoordSeq_r(s.handle, g))
        case Int32(GEOS_POLYGON.rawValue):
            var largest = GEOSGetExteriorRing_r(s.handle, g).map { largestOrdinate(s, $0) } ?? 0
            for i in 0..<max(0, GEOSGetNumInteriorRings_r(s.handle, g)) {
                if let ring = GEOSGetInteriorRingN_r(s.handle, g, i) {
                    largest = max(largest, largestOrdinate(s, ring))
                }
            }
            return largest
        default:
            var largest = 0.0
            for i in 0..<max(0, GEOSGetNumGeometries_r(s.handle, g)) {
                if let part = GEOSGetGeometryN_r(s.handle, g, i), part != g {
                    largest = max(largest, largestOrdinate(s, part))
                }
            }
            return largest
        }
    }

    private static func largestOrdinate(_ s: GEOSSession, sequence: OpaquePointer?) -> Double {
        guard let sequence else { return 0 }
        var size: UInt32 = 0
        var dimensions: UInt32 = 0
        guard GEOSCoordSeq_getSize_r(s.handle, sequence, &size) != 0,
            GEOSCoordSeq_getDimensions_r(s.handle, sequence, &dimensions) != 0
        else { return 0 }
        var largest = 0.0
        for i in 0..<size {
            for d in 0..<min(dimensions, 3) {
                var value = 0.0
                guard GEOSCoordSeq_getOrdinate_r(s.handle, sequence, i, d, &value) != 0 else { continue }
                if value.isFinite { largest = max(largest, abs(value)) }
            }
        }
        return largest
    }
}
