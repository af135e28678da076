import CGEOS
import Synchronization

/// A geometry prepared for many repeated predicate tests (point-in-polygon,
/// intersects, distance-within) against other geometries.
///
/// GEOS builds the prepared geometry's indexes lazily on first use, which is a write;
/// calls are therefore serialised by a lock, so one value may be shared by tasks.
/// For parallel throughput, prepare one per worker.
public final class PreparedGeometry: Sendable {
    /// The geometry that was prepared.
    public let geometry: Geometry
    private let handle: Mutex<OpaquePointerBox>

    /// Prepares `geometry`.
    public init(_ geometry: Geometry) throws {
        self.geometry = geometry
        let prepared = try GEOSSession.with { s in
            guard let p = GEOSPrepare_r(s.handle, geometry.handle) else {
                throw s.fail("prepare a geometry")
            }
            return p
        }
        handle = Mutex(OpaquePointerBox(prepared))
    }

    deinit {
        handle.withLock { box in
            GEOSSession.with { GEOSPreparedGeom_destroy_r($0.handle, box.pointer) }
        }
    }

    /// True when `other` lies inside the prepared geometry.
    public func contains(_ other: Geometry) throws -> Bool {
        try test(other, "test contains", GEOSPreparedContains_r)
    }

    /// True when no point of `other` lies outside the prepared geometry.
    public func covers(_ other: Geometry) throws -> Bool {
        try test(other, "test covers", GEOSPreparedCovers_r)
    }

    /// True when `other` shares a point with the prepared geometry.
    public func intersects(_ other: Geometry) throws -> Bool {
        try test(other, "test intersects", GEOSPreparedIntersects_r)
    }

    /// True when `other` is within `distance` of the prepared geometry.
    public func isWithinDistance(_ distance: Double, of other: Geometry) throws -> Bool {
        try test(other, "test distance") { GEOSPreparedDistanceWithin_r($0, $1, $2, distance) }
    }

    /// The minimum distance to `other`.
    public func distance(to other: Geometry) throws -> Double {
        try geometry.checkSameSRID(other, "measure distance")
        return try handle.withLock { box in
            try GEOSSession.with { s in
                var d = 0.0
                guard GEOSPreparedDistance_r(s.handle, box.pointer, other.handle, &d) == 1 else {
                    throw s.fail("measure distance")
                }
                return d
            }
        }
    }

    private func test(
        _ other: Geometry, _ operation: String,
        _ call: (GEOSContextHandle_t?, OpaquePointer?, OpaquePointer?) -> CChar
    ) throws -> Bool {
        try geometry.checkSameSRID(other, operation)
        return try handle.withLock { box in
            try GEOSSession.with { s in
                try s.answer(call(s.handle, box.pointer, other.handle), operation)
            }
        }
    }
}

/// Holds a C pointer inside a lock.
struct OpaquePointerBox: @unchecked Sendable {
    let pointer: OpaquePointer
    init(_ pointer: OpaquePointer) { self.pointer = pointer }
}
