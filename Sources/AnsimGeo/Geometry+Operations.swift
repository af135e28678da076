import CGEOS

extension Geometry {
    /// The buffer of this geometry at `distance` (in the units of its CRS),
    /// approximating quarter circles with `quadrantSegments` segments.
    public func buffer(_ distance: Double, quadrantSegments: Int32 = 8) throws -> Geometry {
        try Geometry.make("buffer", srid: srid) {
            GEOSBuffer_r($0.handle, handle, distance, quadrantSegments)
        }
    }

    /// The minimum Cartesian distance to `other` (units of the CRS).
    public func distance(to other: Geometry) throws -> Double {
        try checkSameSRID(other, "measure distance")
        return try GEOSSession.with { s in
            var d = 0.0
            guard GEOSDistance_r(s.handle, handle, other.handle, &d) == 1 else {
                throw s.fail("measure distance")
            }
            return d
        }
    }

    /// True when the two geometries are within `distance` of each other.
    public func isWithinDistance(_ distance: Double, of other: Geometry) throws -> Bool {
        try predicate(other, "test distance") {
            GEOSDistanceWithin_r($0, $1, $2, distance)
        }
    }

    /// True when the geometries share at least one point.
    public func intersects(_ other: Geometry) throws -> Bool {
        try predicate(other, "test intersects", GEOSIntersects_r)
    }

    /// True when `other` lies inside this geometry (none of it in the exterior and
    /// interiors meeting).
    public func contains(_ other: Geometry) throws -> Bool {
        try predicate(other, "test contains", GEOSContains_r)
    }

    /// True when this geometry lies inside `other`.
    public func within(_ other: Geometry) throws -> Bool {
        try predicate(other, "test within", GEOSWithin_r)
    }

    /// True when no point of `other` lies outside this geometry.
    public func covers(_ other: Geometry) throws -> Bool {
        try predicate(other, "test covers", GEOSCovers_r)
    }

    /// True when the geometries touch at their boundaries only.
    public func touches(_ other: Geometry) throws -> Bool {
        try predicate(other, "test touches", GEOSTouches_r)
    }

    /// True when both have the same structure and coordinates within `tolerance`.
    public func equalsExact(_ other: Geometry, tolerance: Double = 0) throws -> Bool {
        try predicate(other, "test equality") { GEOSEqualsExact_r($0, $1, $2, tolerance) }
    }

    /// The point-set intersection.
    public func intersection(_ other: Geometry) throws -> Geometry {
        try binary(other, "intersect", GEOSIntersection_r)
    }

    /// The point-set union.
    public func union(_ other: Geometry) throws -> Geometry {
        try binary(other, "union", GEOSUnion_r)
    }

    /// The part of this geometry not in `other`.
    public func difference(_ other: Geometry) throws -> Geometry {
        try binary(other, "difference", GEOSDifference_r)
    }

    /// The union of all parts of this geometry (dissolves a collection).
    public func unaryUnion() throws -> Geometry {
        try Geometry.make("union", srid: srid) { GEOSUnaryUnion_r($0.handle, handle) }
    }

    /// The union of many geometries (cascaded, fast for polygons).
    public static func union(_ parts: [Geometry]) throws -> Geometry {
        guard let first = parts.first else { throw GeoError("union", "no geometries") }
        let all = try collection(.geometryCollection, parts, srid: first.srid)
        return try all.unaryUnion()
    }

    /// The area (square units of the CRS).
    public var area: Double {
        GEOSSession.with { s in
            var a = 0.0
            return GEOSArea_r(s.handle, handle, &a) == 1 ? a : .nan
        }
    }

    /// The length or perimeter (units of the CRS).
    public var length: Double {
        GEOSSession.with { s in
            var l = 0.0
            return GEOSLength_r(s.handle, handle, &l) == 1 ? l : .nan
        }
    }

    /// The centroid.
    public func centroid() throws -> Geometry {
        try Geometry.make("compute a centroid", srid: srid) { GEOSGetCentroid_r($0.handle, handle) }
    }

    /// A point guaranteed to lie on the surface.
    public func pointOnSurface() throws -> Geometry {
        try Geometry.make("find a point on the surface", srid: srid) {
            GEOSPointOnSurface_r($0.handle, handle)
        }
    }

    /// True when the geometry is valid in the OGC sense.
    public var isValid: Bool {
        GEOSSession.with { GEOSisValid_r($0.handle, handle) == 1 }
    }

    /// Why the geometry is invalid ("Valid Geometry" when it is valid).
    public var validityReason: String {
        GEOSSession.with { s in
            guard let cstr = GEOSisValidReason_r(s.handle, handle) else { return "" }
            defer { GEOSFree_r(s.handle, cstr) }
            return String(cString: cstr)
        }
    }

    /// A valid version of this geometry (GEOS MakeValid).
    public func makeValid() throws -> Geometry {
        try Geometry.make("make valid", srid: srid) { GEOSMakeValid_r($0.handle, handle) }
    }

    // MARK: helpers

    func checkSameSRID(_ other: Geometry, _ operation: String) throws {
        let (a, b) = (srid, other.srid)
        if a != 0, b != 0, a != b {
            throw GeoError(operation, "mixed SRIDs \(a) and \(b)")
        }
    }

    private func predicate(
        _ other: Geometry, _ operation: String,
        _ call: (GEOSContextHandle_t?, OpaquePointer?, OpaquePointer?) -> CChar
    ) throws -> Bool {
        try checkSameSRID(other, operation)
        return try GEOSSession.with { s in
            try s.answer(call(s.handle, handle, other.handle), operation)
        }
    }

    private func binary(
        _ other: Geometry, _ operation: String,
        _ call: (GEOSContextHandle_t?, OpaquePointer?, OpaquePointer?) -> OpaquePointer?
    ) throws -> Geometry {
        try checkSameSRID(other, operation)
        return try Geometry.make(operation, srid: srid) { call($0.handle, handle, other.handle) }
    }
}
