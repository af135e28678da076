import CGEOS

extension Geometry {
    /// The DE-9IM intersection matrix with `other` (Egenhofer & Herring; OGC Simple Features
    /// §6.1.15): nine characters for the interior, boundary and exterior of this geometry
    /// (rows) against those of `other` (columns), each "F" (empty) or the dimension 0, 1, 2 of
    /// the intersection. "FF2F11212" for two squares sharing an edge: boundary ∩ boundary
    /// (index 4) is 1-dimensional.
    public func relate(_ other: Geometry) throws -> String {
        try checkSameSRID(other, "relate")
        return try GEOSSession.with { s in
            guard let cstr = GEOSRelate_r(s.handle, handle, other.handle) else { throw s.fail("relate") }
            defer { GEOSFree_r(s.handle, cstr) }
            return String(cString: cstr)
        }
    }

    /// The dimension of the intersection with `other` read from ``relate(_:)``: -1 when the
    /// closed geometries are disjoint, 0 when they share points only, 1 when they share a line
    /// of positive length but no area, 2 when they overlap in area.
    public func intersectionDimension(_ other: Geometry) throws -> Int {
        let matrix = Array(try relate(other).utf8)
        // Interior/boundary of one against interior/boundary of the other: II, IB, BI, BB.
        var dimension = -1
        for k in [0, 1, 3, 4] where matrix.count == 9 {
            let c = matrix[k]
            if c >= UInt8(ascii: "0") && c <= UInt8(ascii: "2") {
                dimension = max(dimension, Int(c - UInt8(ascii: "0")))
            }
        }
        return dimension
    }

    /// This geometry with its vertices snapped to the vertices and segments of `reference`
    /// that lie within `tolerance` (GEOS GeometrySnapper, PostGIS `ST_Snap`): closes slivers
    /// and gaps up to `tolerance` between neighbouring polygons. The result may be invalid
    /// where the snapping folds a ring; predicates on it still answer.
    public func snapped(to reference: Geometry, tolerance: Double) throws -> Geometry {
        try checkSameSRID(reference, "snap")
        return try Geometry.make("snap", srid: srid) {
            GEOSSnap_r($0.handle, handle, reference.handle, tolerance)
        }
    }

    /// True for a Polygon or a MultiPolygon.
    public var isPolygonal: Bool {
        GEOSSession.with { s in
            let id = GEOSGeomTypeId_r(s.handle, handle)
            return id == Int32(GEOS_POLYGON.rawValue) || id == Int32(GEOS_MULTIPOLYGON.rawValue)
        }
    }
}
