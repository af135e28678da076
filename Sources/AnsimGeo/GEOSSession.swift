import CGEOS
import Synchronization

/// One GEOS context handle with its readers and writers.
///
/// GEOS context handles are not thread-safe, so a session is used by one thread
/// at a time: ``GEOSSession/with(_:)`` checks one out of a process-wide pool and
/// returns it afterwards. Geometries themselves do not belong to a context (GEOS
/// builds them all with its default factory), so any session may read them.
final class GEOSSession: @unchecked Sendable {
    let handle: GEOSContextHandle_t
    private let messages = MessageBox()
    private(set) lazy var wkbReader: OpaquePointer = GEOSWKBReader_create_r(handle)
    private(set) lazy var wktReader: OpaquePointer = GEOSWKTReader_create_r(handle)
    private(set) lazy var geoJSONReader: OpaquePointer = GEOSGeoJSONReader_create_r(handle)
    private(set) lazy var geoJSONWriter: OpaquePointer = GEOSGeoJSONWriter_create_r(handle)
    private(set) lazy var wktWriter: OpaquePointer = {
        let w = GEOSWKTWriter_create_r(handle)!
        GEOSWKTWriter_setTrim_r(handle, w, 1)
        GEOSWKTWriter_setOutputDimension_r(handle, w, 3)
        return w
    }()
    /// A WKT writer without trimming, for geometries with an ordinate too large for
    /// ``wktWriter``: GEOS 3.11.1's trimmed number formatting writes into a 28-byte
    /// stack buffer and overruns it for magnitudes past about 1e25 (found by fuzzing,
    /// docs/RELIABILITY.md). The untrimmed path formats through a string stream.
    private(set) lazy var wideWKTWriter: OpaquePointer = {
        let w = GEOSWKTWriter_create_r(handle)!
        GEOSWKTWriter_setTrim_r(handle, w, 0)
        GEOSWKTWriter_setOutputDimension_r(handle, w, 3)
        return w
    }()
    /// ISO WKB without SRID.
    private(set) lazy var wkbWriter: OpaquePointer = makeWKBWriter(includeSRID: false)
    /// PostGIS extended WKB carrying the SRID.
    private(set) lazy var ewkbWriter: OpaquePointer = makeWKBWriter(includeSRID: true)

    private init() {
        handle = GEOS_init_r()
        let box = Unmanaged.passUnretained(messages).toOpaque()
        GEOSContext_setErrorMessageHandler_r(
            handle,
            { message, userdata in
                guard let message, let userdata else { return }
                let box = Unmanaged<MessageBox>.fromOpaque(userdata).takeUnretainedValue()
                box.last = String(cString: message)
            }, box)
        GEOSContext_setNoticeMessageHandler_r(handle, { _, _ in }, nil)
    }

    private func makeWKBWriter(includeSRID: Bool) -> OpaquePointer {
        let w = GEOSWKBWriter_create_r(handle)!
        GEOSWKBWriter_setOutputDimension_r(handle, w, 3)
        GEOSWKBWriter_setIncludeSRID_r(handle, w, includeSRID ? 1 : 0)
        GEOSWKBWriter_setByteOrder_r(handle, w, Int32(GEOS_WKB_NDR.rawValue))
        return w
    }

    /// Clears and returns the last error GEOS reported on this context.
    func takeError() -> String {
        defer { messages.last = "" }
        return messages.last
    }

    /// Throws a ``GeoError`` for `operation` with GEOS's message.
    func fail(_ operation: String) -> GeoError {
        GeoError(operation, takeError())
    }

    /// Reads a GEOS predicate's answer: 0 false, 1 true, 2 an exception.
    func answer(_ value: CChar, _ operation: String) throws -> Bool {
        switch value {
        case 0: return false
        case 1: return true
        default: throw fail(operation)
        }
    }

    private static let pool = SharedState<[GEOSSession]>([])

    /// Runs `body` with a session that no other thread uses meanwhile.
    static func with<T>(_ body: (GEOSSession) throws -> T) rethrows -> T {
        let session = pool.withLock { $0.popLast() } ?? GEOSSession()
        defer { pool.withLock { $0.append(session) } }
        return try body(session)
    }
}

private final class MessageBox {
    var last = ""
}
