import CGDAL

/// A vector file opened read-only through GDAL: shapefiles (plain or zipped), GeoJSON,
/// GeoPackage, OSM XML/PBF (also `.osm.bz2`), and the other formats of
/// ``GDAL/vectorDrivers``.
///
/// ```swift
/// let source = try VectorSource(path: "roads/TL_SPRD_MANAGE.shp")
/// let layer = source.layers[0]            // name, count, fields, CRS (EPSG 5179), encoding
/// for feature in try source.features(in: layer.name) { use(feature["RN"], feature.wkb) }
/// ```
///
/// A `.zip` (or a folder) exposes one layer per shapefile in it. Shapefile DBF text is decoded
/// as ``AttributeEncoding`` explains (CP949 detected when needed).
///
/// OGR handles are not thread-safe, so a source is deliberately not `Sendable`: one
/// task uses it at a time (Swift 6 lets it be *sent* to another task, never shared).
/// Datasets close, and decompressed temporary copies are deleted, at deinit or ``close()``.
public final class VectorSource {
    /// The path as given.
    public let path: String
    /// The layers of every dataset the path holds, in order.
    public private(set) var layers: [VectorLayer] = []

    private let input: VectorInput
    private var datasets: [VectorDataset] = []
    /// For each layer: its dataset and the layer's index within it.
    private var locations: [(dataset: VectorDataset, index: Int)] = []
    private var generations: [Int] = []

    /// Opens `path` read-only.
    ///
    /// - Parameter encoding: the shapefile DBF encoding as GDAL/iconv names it
    ///   ("CP949", "EUC-KR", "UTF-8", "ISO-8859-1"); nil detects it. Ignored by other formats.
    /// - Throws: ``VectorError`` when the file is missing, empty, incomplete or unreadable.
    public init(path: String, encoding: String? = nil) throws {
        GDAL.ensureReady()
        self.path = path
        input = try VectorInput(path: path)
        for name in input.gdalNames {
            let (dataset, encoding) = try Self.open(name, encoding: encoding, path: path)
            datasets.append(dataset)
            for i in 0..<dataset.layerCount {
                guard let handle = dataset.layer(i) else { continue }
                layers.append(
                    VectorLayer(handle, index: layers.count, encoding: encoding, driver: dataset.driverName))
                locations.append((dataset, i))
            }
        }
        generations = Array(repeating: 0, count: layers.count)
    }

    deinit { close() }

    /// Closes every dataset and deletes temporary copies; readers stop with an error.
    public func close() {
        datasets.forEach { $0.close() }
        input.removeTemporaryFiles()
    }

    /// What GDAL opened, one name per dataset: the path itself, `/vsizip/…/x.shp`
    /// entries, or a decompressed temporary copy (deleted by ``close()``).
    public var datasetNames: [String] { datasets.map(\.gdalName) }

    /// True until ``close()``.
    public var isOpen: Bool { datasets.first?.handle != nil }

    /// The layer called `name`; throws when there is none.
    public func layer(named name: String) throws -> VectorLayer {
        guard let layer = layers.first(where: { $0.name == name }) else {
            let names = layers.map(\.name).joined(separator: ", ")
            throw VectorError(.noSuchLayer, path: path, "no layer named \(name) (layers: \(names))")
        }
        return layer
    }

    /// A reader of the features of `layer` (default: the first), from the start.
    public func features(in layer: VectorLayer? = nil) throws -> VectorFeatureReader {
        let layer = layer ?? layers[0]
        guard layers.indices.contains(layer.index), layers[layer.index] == layer else {
            throw VectorError(.noSuchLayer, path: path, "layer \(layer.name) does not belong to this source")
        }
        return try features(at: layer.index)
    }

    /// A reader of the features of the layer called `name`.
    public func features(in name: String) throws -> VectorFeatureReader {
        try features(at: try layer(named: name).index)
    }

    /// The number of features in `layer`, reading them all when GDAL must (OSM).
    public func countFeatures(in layer: VectorLayer) throws -> Int {
        if let known = layer.featureCount { return known }
        let reader = try features(in: layer)
        while try reader.nextFeature() != nil {}
        return reader.count
    }

    func readerGeneration(of layer: Int) -> Int { generations[layer] }

    private func features(at index: Int) throws -> VectorFeatureReader {
        let (dataset, inner) = locations[index]
        guard let handle = dataset.layer(inner) else {
            throw VectorError(.readFailed, path: path, "the source is closed")
        }
        generations[index] += 1
        return VectorFeatureReader(
            source: self, layer: layers[index], handle: handle, generation: generations[index])
    }

    /// Opens one dataset, choosing the DBF encoding as ``AttributeEncoding`` describes.
    private static func open(
        _ name: String, encoding: String?, path: String
    ) throws -> (VectorDataset, AttributeEncoding) {
        if let encoding {
            let dataset = try VectorDataset(name, openOptions: ["ENCODING=\(encoding)"], path: path)
            let isShapefile = dataset.driverName == "ESRI Shapefile"
            return (dataset, isShapefile ? .requested(encoding) : .notApplicable)
        }
        var dataset = try VectorDataset(name, path: path)
        guard dataset.driverName == "ESRI Shapefile", let layer = dataset.layer(0) else {
            return (dataset, .notApplicable)
        }
        let (declared, recoded) = AttributeEncoding.declared(by: layer)
        if let declared { return (dataset, declared) }
        if recoded { dataset = try VectorDataset(name, openOptions: ["ENCODING="], path: path) }
        if let raw = dataset.layer(0), AttributeEncoding.isAllUTF8(raw) {
            return (dataset, .detected("UTF-8"))
        }
        dataset.close()
        return (try VectorDataset(name, openOptions: ["ENCODING=CP949"], path: path), .detected("CP949"))
    }
}
