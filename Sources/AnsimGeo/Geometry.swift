import CGEOS
import Foundation

/// An immutable GEOS geometry with its spatial reference id.
///
/// Values are shared freely between tasks: a geometry is never modified after it
/// is built, every operation runs on a pooled GEOS context of its own thread
/// (``GEOSSession``), and GEOS's const operations on a geometry do not write to it.
/// (Prepared geometries do write lazily built indexes; ``PreparedGeometry``
/// serialises its own use.)
public final class Geometry: @unchecked Sendable {
    let handle: OpaquePointer

    /// Takes ownership of a GEOS geometry.
    init(owning handle: OpaquePointer) {
        self.handle = handle
    }

    deinit {
        GEOSSession.with { GEOSGeom_destroy_r($0.handle, handle) }
    }

    /// Wraps the result of a GEOS call that returns a new geometry, or throws GEOS's error.
    init(
        _ operation: String, srid: Int32?, _ body: (GEOSSession) -> OpaquePointer?
    ) throws {
        handle = try GEOSSession.with { session in
            guard let result = body(session) else { throw session.fail(operation) }
            if let srid { GEOSSetSRID_r(session.handle, result, srid) }
            return result
        }
    }

    /// Wraps the result of a GEOS call that returns a new geometry, or throws GEOS's error.
    static func make(
        _ operation: String, srid: Int32? = nil,
        _ body: (GEOSSession) -> OpaquePointer?
    ) throws -> Geometry {
        try Geometry(operation, srid: srid, body)
    }

    /// The spatial reference id (0 when unknown).
    public var srid: Int32 {
        GEOSSession.with { GEOSGetSRID_r($0.handle, handle) }
    }

    /// A copy carrying another SRID (coordinates unchanged).
    public func withSRID(_ srid: Int32) -> Geometry {
        // Cloning cannot fail for a valid handle.
        try! Geometry.make("clone", srid: srid) { GEOSGeom_clone_r($0.handle, handle) }
    }

    /// The OGC type name: "Point", "LineString", "Polygon", "MultiPolygon", …
    public var typeName: String {
        GEOSSession.with { session in
            guard let cstr = GEOSGeomType_r(session.handle, handle) else { return "Unknown" }
            defer { GEOSFree_r(session.handle, cstr) }
            return String(cString: cstr)
        }
    }

    /// True for an empty geometry.
    public var isEmpty: Bool {
        GEOSSession.with { GEOSisEmpty_r($0.handle, handle) == 1 }
    }

    /// Number of coordinates in all parts.
    public var coordinateCount: Int {
        Int(GEOSSession.with { GEOSGetNumCoordinates_r($0.handle, handle) })
    }

    /// Number of sub-geometries (1 for a single geometry).
    public var geometryCount: Int {
        Int(GEOSSession.with { GEOSGetNumGeometries_r($0.handle, handle) })
    }

    /// The bounding box, or nil for an empty geometry.
    public var envelope: Envelope? {
        GEOSSession.with { session in
            var xmin = 0.0, ymin = 0.0, xmax = 0.0, ymax = 0.0
            guard GEOSisEmpty_r(session.handle, handle) == 0,
                GEOSGeom_getExtent_r(session.handle, handle, &xmin, &ymin, &xmax, &ymax) == 1
            else { return nil }
            return Envelope(minX: xmin, minY: ymin, maxX: xmax, maxY: ymax)
        }
    }

    /// The coordinates of a point (nil if this is not a non-empty point).
    public var point: (x: Double, y: Double)? {
        GEOSSession.with { session in
            guard GEOSGeomTypeId_r(session.handle, handle) == Int32(GEOS_POINT.rawValue),
                GEOSisEmpty_r(session.handle, handle) == 0
            else { return nil }
            var x = 0.0, y = 0.0
            GEOSGeomGetX_r(session.handle, handle, &x)
            GEOSGeomGetY_r(session.handle, handle, &y)
            return (x, y)
        }
    }
}

/// An axis-aligned bounding box.
public struct Envelope: Sendable, Equatable, Hashable {
    public var minX: Double
    public var minY: Double
    public var maxX: Double
    public var maxY: Double

    public init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
        self.minX = minX
        self.minY = minY
        self.maxX = maxX
        self.maxY = maxY
    }

    /// True when the point lies inside or on the boundary.
    public func contains(x: Double, y: Double) -> Bool {
        x >= minX && x <= maxX && y >= minY && y <= maxY
    }
}
