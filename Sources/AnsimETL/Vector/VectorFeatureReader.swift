import CGDAL

/// Reads a layer's features one at a time (`for feature in reader`), holding only the
/// current one in memory. Made by ``VectorSource/features(in:)``.
///
/// A layer has one reading cursor in GDAL, so starting a new reader of the same layer
/// ends this one: its next call to ``next()`` returns nil and sets ``error``. When
/// GDAL fails part way, iteration also stops with ``error`` set; ``nextFeature()``
/// throws instead. A feature whose geometry GDAL cannot read is still returned, with
/// a nil ``VectorFeature/wkb`` and a ``VectorFeature/geometryProblem``.
public final class VectorFeatureReader: Sequence, IteratorProtocol {
    /// The layer being read.
    public let layer: VectorLayer
    /// Why iteration stopped early, or nil (still reading, or reached the end).
    public private(set) var error: VectorError?
    /// Features returned so far.
    public private(set) var count = 0

    private let source: VectorSource
    private let handle: OGRLayerH
    private let generation: Int
    private let fieldNames: FieldNames
    private var finished = false

    init(source: VectorSource, layer: VectorLayer, handle: OGRLayerH, generation: Int) {
        self.source = source
        self.layer = layer
        self.handle = handle
        self.generation = generation
        fieldNames = FieldNames(layer.fields.map(\.name))
        OGR_L_ResetReading(handle)
    }

    /// The next feature, or nil at the end of the layer or after an error (see ``error``).
    public func next() -> VectorFeature? {
        do {
            return try nextFeature()
        } catch let failure as VectorError {
            error = failure
        } catch {
            self.error = VectorError(.readFailed, path: source.path, "\(error)")
        }
        return nil
    }

    /// The next feature, or nil at the end of the layer; throws when GDAL fails.
    public func nextFeature() throws -> VectorFeature? {
        guard !finished else { return nil }
        guard source.readerGeneration(of: layer.index) == generation, source.isOpen else {
            finished = true
            throw VectorError(
                .readFailed, path: source.path,
                "layer \(layer.name) was rewound by another reader or the source was closed")
        }
        GDAL.resetError()
        guard let feature = OGR_L_GetNextFeature(handle) else {
            finished = true
            if GDAL.failed {
                let message = GDAL.lastError() ?? "GDAL stopped without a reason"
                throw VectorError(
                    .readFailed, path: source.path, "layer \(layer.name), after feature \(count): \(message)")
            }
            return nil
        }
        defer { OGR_F_Destroy(feature) }
        let readProblem = GDAL.failed ? GDAL.lastError() : nil
        count += 1
        let values = (0..<Int32(fieldNames.names.count)).map { i -> String? in
            guard OGR_F_IsFieldSetAndNotNull(feature, i) != 0 else { return nil }
            return String(cString: OGR_F_GetFieldAsString(feature, i))
        }
        let (wkb, problem) = Self.isoWKB(OGR_F_GetGeometryRef(feature))
        return VectorFeature(
            index: count, fid: Int64(OGR_F_GetFID(feature)), values: values, wkb: wkb,
            geometryProblem: problem ?? (wkb == nil ? readProblem : nil), fields: fieldNames)
    }

    /// The geometry as little-endian ISO WKB, or nil with the reason it failed.
    private static func isoWKB(_ geometry: OGRGeometryH?) -> ([UInt8]?, String?) {
        guard let geometry else { return (nil, nil) }
        let size = Int(OGR_G_WkbSize(geometry))
        guard size > 0 else { return (nil, "GDAL reports an empty WKB size") }
        GDAL.resetError()
        var bytes = [UInt8](repeating: 0, count: size)
        let status = bytes.withUnsafeMutableBufferPointer {
            OGR_G_ExportToIsoWkb(geometry, wkbNDR, $0.baseAddress)
        }
        guard status == OGRERR_NONE else {
            return (nil, GDAL.lastError() ?? "GDAL cannot write this geometry as WKB (error \(status))")
        }
        return (bytes, nil)
    }
}
