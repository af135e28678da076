import CGDAL
import Foundation

/// Process-wide GDAL set-up and the small helpers every vector type shares.
///
/// ``ensureReady()`` registers the drivers once (a `static let` initialiser, which
/// Swift runs exactly once even when several threads race to it), makes GDAL quiet
/// (errors are recorded, never printed: callers read them with ``lastError()``) and
/// switches off every path by which GDAL or PROJ could reach the network.
///
/// GDAL's error state is per thread; the helpers here are called synchronously between
/// a reset and a read, so a Swift task cannot hop threads in between.
public enum GDAL {
    /// The drivers a ``VectorSource`` may use: local file formats only, so that no
    /// web-service driver (WFS, OAPIF, HTTP) is ever chosen.
    public static let vectorDrivers = [
        "ESRI Shapefile", "GeoJSON", "GeoJSONSeq", "GPKG", "SQLite", "OSM", "FlatGeobuf",
        "GML", "KML", "LIBKML", "MapInfo File", "OpenFileGDB",
    ]

    private static let ready: Void = {
        // Never touch the network: no PROJ grid downloads, no /vsicurl/ reads, no
        // GML schema downloads, and no retries should anything slip through.
        OSRSetPROJEnableNetwork(0)
        let config = [
            ("CPL_VSIL_CURL_ALLOWED_FILENAME", "/ansim/network-access-is-disabled"),
            ("GDAL_HTTP_MAX_RETRY", "0"),
            ("GDAL_HTTP_TIMEOUT", "1"),
            ("GML_DOWNLOAD_WFS_SCHEMA", "NO"),
            ("CPL_DEBUG", "OFF"),
        ]
        for (key, value) in config { CPLSetConfigOption(key, value) }
        CPLSetErrorHandler(CPLQuietErrorHandler)
        GDALAllRegister()
    }()

    /// Registers the drivers and configures GDAL, once per process.
    ///
    /// The quiet error handler is process-wide: any other GDAL user in the process
    /// must also read errors with `CPLGetLastErrorMsg` rather than from standard error.
    public static func ensureReady() {
        _ = ready
    }

    /// GDAL's version, e.g. "GDAL 3.6.2, released 2023/01/02".
    public static var version: String {
        ensureReady()
        return String(cString: GDALVersionInfo("--version"))
    }

    /// Forgets the calling thread's last GDAL error; call before a GDAL call whose
    /// failure ``lastError()`` should explain.
    static func resetError() {
        CPLErrorReset()
    }

    /// The calling thread's last GDAL error (or warning) as one line, or nil when there
    /// was none since ``resetError()``.
    static func lastError(minimum: CPLErr = CE_Warning) -> String? {
        guard CPLGetLastErrorType().rawValue >= minimum.rawValue else { return nil }
        let message = oneLine(String(cString: CPLGetLastErrorMsg()))
        return message.isEmpty ? nil : message
    }

    /// True when the calling thread's last error is a failure (not just a warning).
    static var failed: Bool {
        CPLGetLastErrorType().rawValue >= CE_Failure.rawValue
    }

    /// `text` with line breaks and runs of spaces folded into single spaces.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0.isNewline || $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    /// Calls `body` with a NULL-terminated C array of `strings` (GDAL's `char **` lists),
    /// or with NULL when `strings` is empty.
    static func withCStringList<R>(
        _ strings: [String], _ body: (UnsafeMutablePointer<UnsafePointer<CChar>?>?) throws -> R
    ) rethrows -> R {
        guard !strings.isEmpty else { return try body(nil) }
        let copies = strings.map { strdup($0) }
        defer { copies.forEach { free($0) } }
        var list: [UnsafePointer<CChar>?] = copies.map { UnsafePointer($0) } + [nil]
        return try list.withUnsafeMutableBufferPointer { try body($0.baseAddress) }
    }

    /// The entries of a GDAL string list (`char **`), which stays owned by the caller.
    static func strings(_ list: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> [String] {
        guard let list else { return [] }
        var result: [String] = []
        var i = 0
        while let entry = list[i] {
            result.append(String(cString: entry))
            i += 1
        }
        return result
    }
}
