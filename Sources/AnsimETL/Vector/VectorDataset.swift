import CGDAL
import Foundation

/// One open GDAL dataset (read-only), closed by ``close()`` or at deinit.
///
/// Not thread-safe, like every OGR handle: it belongs to one ``VectorSource``.
final class VectorDataset {
    /// The GDAL handle; nil once closed.
    private(set) var handle: GDALDatasetH?
    /// The name GDAL opened (a path or a `/vsizip/` name).
    let gdalName: String
    /// The open options used (e.g. `ENCODING=CP949`).
    let openOptions: [String]

    /// Opens `gdalName` read-only with the vector drivers of ``GDAL/vectorDrivers``.
    ///
    /// - Parameter path: the caller's path, for the error message.
    init(_ gdalName: String, openOptions: [String] = [], path: String) throws {
        GDAL.ensureReady()
        self.gdalName = gdalName
        self.openOptions = openOptions
        GDAL.resetError()
        let flags = UInt32(GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR)
        let opened = GDAL.withCStringList(GDAL.vectorDrivers) { drivers in
            GDAL.withCStringList(openOptions) { options in
                GDALOpenEx(gdalName, flags, drivers, options, nil)
            }
        }
        guard let opened else {
            throw VectorError(.unreadable, path: path, Self.explainFailure(gdalName))
        }
        handle = opened
        guard layerCount > 0 else {
            close()
            throw VectorError(.unreadable, path: path, "GDAL opened it but found no vector layer")
        }
    }

    deinit { close() }

    /// Closes the dataset; its layer handles become invalid.
    func close() {
        if let handle { GDALClose(handle) }
        handle = nil
    }

    /// The number of layers.
    var layerCount: Int {
        handle.map { Int(GDALDatasetGetLayerCount($0)) } ?? 0
    }

    /// The layer at `index` (0-based), owned by the dataset.
    func layer(_ index: Int) -> OGRLayerH? {
        handle.flatMap { GDALDatasetGetLayer($0, Int32(index)) }
    }

    /// The short name of the driver that opened the dataset ("ESRI Shapefile", "OSM", …).
    var driverName: String {
        guard let handle, let driver = GDALGetDatasetDriver(handle) else { return "" }
        return String(cString: GDALGetDriverShortName(driver))
    }

    /// A one-line reason for a failed open, from GDAL's last error when it has one.
    private static func explainFailure(_ gdalName: String) -> String {
        let message = GDAL.lastError()
        let shown = (gdalName as NSString).lastPathComponent
        guard let message, !message.contains("not recognized as a supported file format") else {
            return "GDAL does not recognise \(shown) as a vector file (corrupt, truncated or another format?)"
        }
        return message
    }
}
