import AnsimETL
import AnsimGeo

/// Reading a vector file the way the loader does, shared by the GeoJSON and
/// shapefile targets.
enum FuzzVector {
    /// Opens `path` with ``VectorSource`` (encoding detection included), lists each
    /// layer's schema and reads up to 5,000 features per layer, re-reading each
    /// feature's WKB with GEOS as the loader's geometry checks do.
    static func readAll(_ path: String) {
        guard let source = try? VectorSource(path: path) else { return }
        defer { source.close() }
        for layer in source.layers {
            _ = (layer.name, layer.fields, layer.geometryType, layer.epsg, layer.encoding.description)
            guard let reader = try? source.features(in: layer) else { continue }
            var count = 0
            while count < 5_000, let feature = try? reader.nextFeature() {
                count += 1
                _ = (feature.values, feature.geometryProblem)
                if let wkb = feature.wkb, let geometry = try? Geometry(wkb: wkb) {
                    _ = (geometry.typeName, geometry.envelope, geometry.coordinateCount)
                }
            }
        }
    }
}
