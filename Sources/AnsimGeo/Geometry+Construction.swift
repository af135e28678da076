import CGEOS

extension Geometry {
    /// A point.
    public static func point(x: Double, y: Double, srid: Int32 = 0) -> Geometry {
        try! make("build a point", srid: srid) { GEOSGeom_createPointFromXY_r($0.handle, x, y) }
    }

    /// A line string through `points` (at least two).
    public static func lineString(_ points: [(x: Double, y: Double)], srid: Int32 = 0) throws
        -> Geometry
    {
        guard points.count >= 2 else {
            throw GeoError("build a line string", "needs at least 2 points, got \(points.count)")
        }
        return try make("build a line string", srid: srid) { session in
            guard let seq = coordinateSequence(session, points) else { return nil }
            return GEOSGeom_createLineString_r(session.handle, seq)
        }
    }

    /// A polygon from an exterior ring and optional holes; rings are closed if open.
    public static func polygon(
        _ exterior: [(x: Double, y: Double)], holes: [[(x: Double, y: Double)]] = [],
        srid: Int32 = 0
    ) throws -> Geometry {
        try make("build a polygon", srid: srid) { session in
            func ring(_ pts: [(x: Double, y: Double)]) -> OpaquePointer? {
                var pts = pts
                if let f = pts.first, let l = pts.last, f != l { pts.append(f) }
                guard pts.count >= 4, let seq = coordinateSequence(session, pts) else {
                    return nil
                }
                return GEOSGeom_createLinearRing_r(session.handle, seq)
            }
            guard let shell = ring(exterior) else { return nil }
            var holeRings: [OpaquePointer?] = []
            for h in holes {
                guard let r = ring(h) else {
                    GEOSGeom_destroy_r(session.handle, shell)
                    holeRings.forEach { GEOSGeom_destroy_r(session.handle, $0) }
                    return nil
                }
                holeRings.append(r)
            }
            return holeRings.withUnsafeMutableBufferPointer { buf in
                GEOSGeom_createPolygon_r(
                    session.handle, shell, buf.baseAddress, UInt32(buf.count))
            }
        }
    }

    /// A rectangle polygon.
    public static func rectangle(_ e: Envelope, srid: Int32 = 0) -> Geometry {
        try! make("build a rectangle", srid: srid) {
            GEOSGeom_createRectangle_r($0.handle, e.minX, e.minY, e.maxX, e.maxY)
        }
    }

    /// A collection (multi-point, multi-polygon, …) that takes copies of `parts`.
    public static func collection(_ kind: CollectionKind, _ parts: [Geometry], srid: Int32 = 0)
        throws -> Geometry
    {
        try make("build a \(kind)", srid: srid) { session in
            var clones: [OpaquePointer?] = parts.map { GEOSGeom_clone_r(session.handle, $0.handle) }
            return clones.withUnsafeMutableBufferPointer { buf in
                GEOSGeom_createCollection_r(
                    session.handle, kind.typeId, buf.baseAddress, UInt32(buf.count))
            }
        }
    }

    /// The kinds of geometry collection.
    public enum CollectionKind: Sendable {
        case multiPoint, multiLineString, multiPolygon, geometryCollection

        var typeId: Int32 {
            switch self {
            case .multiPoint: Int32(GEOS_MULTIPOINT.rawValue)
            case .multiLineString: Int32(GEOS_MULTILINESTRING.rawValue)
            case .multiPolygon: Int32(GEOS_MULTIPOLYGON.rawValue)
            case .geometryCollection: Int32(GEOS_GEOMETRYCOLLECTION.rawValue)
            }
        }
    }

    static func coordinateSequence(_ session: GEOSSession, _ pts: [(x: Double, y: Double)])
        -> OpaquePointer?
    {
        let xs = pts.map(\.x)
        let ys = pts.map(\.y)
        return GEOSCoordSeq_copyFromArrays_r(session.handle, xs, ys, nil, nil, UInt32(pts.count))
    }
}
