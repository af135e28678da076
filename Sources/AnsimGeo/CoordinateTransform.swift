import CGEOS
import CPROJ
import Foundation
import Synchronization

/// A coordinate transformation between two CRSs, through PROJ.
///
/// The value is a small description (source and target); the PROJ objects behind
/// it are created once per CRS pair and kept in a process-wide pool, one per
/// concurrent user (PROJ objects are not thread-safe), so transforms are cheap to
/// create and safe to use from any task. Coordinates are always in x = easting or
/// longitude, y = northing or latitude order (`proj_normalize_for_visualization`).
///
/// Korean datum policy: EPSG:5174 (Bessel) uses PROJ's EPSG pipeline, which is
/// exactly what PostGIS `ST_Transform` uses, so Swift and SQL agree to the last digit.
/// Older Korean software used other towgs84 parameters and can differ by metres.
public struct CoordinateTransform: Hashable, Sendable {
    /// The CRS of the input coordinates.
    public let source: CRS
    /// The CRS of the output coordinates.
    public let target: CRS

    /// Creates a transform; throws when PROJ does not know either CRS or a path
    /// between them.
    public init(from source: CRS, to target: CRS) throws {
        self.source = source
        self.target = target
        try withProj { _ in }
    }

    /// The transform the other way round.
    public var inverse: CoordinateTransform {
        // Both CRSs were valid when self was made.
        try! CoordinateTransform(from: target, to: source)
    }

    /// Transforms one coordinate; throws when PROJ cannot (e.g. outside the CRS's domain).
    public func transform(x: Double, y: Double) throws -> (x: Double, y: Double) {
        try withProj { p in
            let out = proj_trans(p.pj, PJ_FWD, proj_coord(x, y, 0, 0))
            guard out.xy.x.isFinite, out.xy.y.isFinite else {
                throw GeoError("transform (\(x), \(y)) from \(source) to \(target)", p.errorText())
            }
            return (out.xy.x, out.xy.y)
        }
    }

    /// Transforms coordinate arrays in place (one PROJ call for the whole batch).
    /// Points PROJ cannot transform become `.infinity`; returns how many did.
    @discardableResult
    public func transform(xs: inout [Double], ys: inout [Double]) throws -> Int {
        precondition(xs.count == ys.count, "xs and ys differ in length")
        let n = xs.count
        guard n > 0 else { return 0 }
        return try withProj { p in
            xs.withUnsafeMutableBufferPointer { xb in
                ys.withUnsafeMutableBufferPointer { yb in
                    let stride = MemoryLayout<Double>.stride
                    _ = proj_trans_generic(
                        p.pj, PJ_FWD, xb.baseAddress, stride, n, yb.baseAddress, stride, n,
                        nil, 0, 0, nil, 0, 0)
                    var failed = 0
                    for i in 0..<n where !(xb[i].isFinite && yb[i].isFinite) {
                        xb[i] = .infinity
                        yb[i] = .infinity
                        failed += 1
                    }
                    return failed
                }
            }
        }
    }

    /// Transforms every coordinate of a geometry; the result carries the target SRID.
    public func transform(_ geometry: Geometry) throws -> Geometry {
        try withProj { p in
            let box = Unmanaged.passUnretained(p).toOpaque()
            let result = try Geometry.make("transform a geometry to \(target)", srid: target.srid) {
                s in
                GEOSGeom_transformXY_r(
                    s.handle, geometry.handle,
                    { x, y, userdata in
                        guard let x, let y, let userdata else { return 0 }
                        let p = Unmanaged<ProjHandle>.fromOpaque(userdata).takeUnretainedValue()
                        let out = proj_trans(p.pj, PJ_FWD, proj_coord(x.pointee, y.pointee, 0, 0))
                        guard out.xy.x.isFinite, out.xy.y.isFinite else { return 0 }
                        x.pointee = out.xy.x
                        y.pointee = out.xy.y
                        return 1
                    }, box)
            }
            return result
        }
    }

    private func withProj<T>(_ body: (ProjHandle) throws -> T) throws -> T {
        let pair = Pair(source: source, target: target)
        let handle = try ProjHandle.pool.withLock { $0[pair]?.popLast() } ?? ProjHandle(pair)
        defer { ProjHandle.pool.withLock { $0[pair, default: []].append(handle) } }
        return try body(handle)
    }

    struct Pair: Hashable, Sendable {
        let source: CRS
        let target: CRS
    }
}

/// A PROJ context and transformation object, used by one thread at a time.
final class ProjHandle: @unchecked Sendable {
    let context: OpaquePointer
    let pj: OpaquePointer

    static let pool = SharedState<[CoordinateTransform.Pair: [ProjHandle]]>([:])

    init(_ pair: CoordinateTransform.Pair) throws {
        guard let ctx = proj_context_create() else {
            throw GeoError("create a PROJ context", "out of memory")
        }
        proj_log_level(ctx, PJ_LOG_NONE)
        guard let raw = proj_create_crs_to_crs(ctx, pair.source.identifier, pair.target.identifier, nil)
        else {
            let message = ProjHandle.errorText(ctx)
            proj_context_destroy(ctx)
            throw GeoError("transform from \(pair.source) to \(pair.target)", message)
        }
        defer { proj_destroy(raw) }
        guard let normalised = proj_normalize_for_visualization(ctx, raw) else {
            let message = ProjHandle.errorText(ctx)
            proj_context_destroy(ctx)
            throw GeoError("transform from \(pair.source) to \(pair.target)", message)
        }
        context = ctx
        pj = normalised
    }

    deinit {
        proj_destroy(pj)
        proj_context_destroy(context)
    }

    func errorText() -> String { ProjHandle.errorText(context) }

    static func errorText(_ ctx: OpaquePointer) -> String {
        let code = proj_context_errno(ctx)
        guard code != 0, let cstr = proj_context_errno_string(ctx, code) else {
            return "unknown CRS or no transformation"
        }
        return String(cString: cstr)
    }
}
