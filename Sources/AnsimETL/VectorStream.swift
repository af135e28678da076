import Foundation

/// Features of a vector layer (shapefile, zipped shapefile, GeoJSON, GeoPackage, OSM)
/// read through GDAL (``VectorSource``), as records.
final class VectorStream: RecordStream {
    let source: VectorSource
    let layer: VectorLayer
    let reader: VectorFeatureReader
    let columnNames: [String]
    let headerLines: [[String]] = []
    let blankLines = 0

    init(path: String, definition: SourceDefinition, encoding: TextEncoding?) throws {
        let gdalEncoding = (encoding ?? definition.encoding.flatMap { try? TextEncoding(name: $0) }).map {
            $0 == .cp949 ? "CP949" : "UTF-8"
        }
        do {
            source = try VectorSource(path: path, encoding: gdalEncoding)
            if let name = definition.layer {
                layer = try source.layer(named: name)
            } else {
                guard let first = source.layers.first else {
                    throw ETLError("\(path): the file has no layers")
                }
                layer = first
            }
            reader = try source.features(in: layer)
        } catch let error as VectorError {
            throw ETLError(error.description)
        }
        columnNames = layer.fields.map(\.name)
    }

    var encodingName: String { layer.encoding.name ?? "" }
    var declaredEPSG: Int? { layer.epsg }

    var progress: Double {
        guard let total = layer.featureCount, total > 0 else { return 0 }
        return min(1, Double(reader.count) / Double(total))
    }

    func nextRecord() throws -> SourceRecord? {
        let feature: VectorFeature?
        do {
            feature = try reader.nextFeature()
        } catch let error as VectorError {
            throw ETLError(error.description)
        }
        guard let feature else { return nil }
        return SourceRecord(
            number: feature.index, values: feature.values, raw: raw(feature), wkb: feature.wkb,
            problem: feature.geometryProblem.map { "unreadable geometry: \($0)" })
    }

    /// The feature's attributes as JSON, kept with a quarantined row.
    private func raw(_ feature: VectorFeature) -> String {
        var object: [String: Any] = ["fid": feature.fid]
        for (name, value) in zip(columnNames, feature.values) { object[name] = value ?? NSNull() }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
