import Foundation

/// Features of a vector layer (shapefile, zipped shapefile, GeoJSON, GeoPackage, OSM).
final class VectorStream: RecordStream {
    let columnNames: [String] = []
    let headerLines: [[String]] = []
    let encodingName = ""
    let declaredEPSG: Int? = nil
    let progress = 0.0
    let blankLines = 0

    init(path: String, definition: SourceDefinition, encoding: TextEncoding?) throws {
        throw ETLError("\(path): vector formats are not wired in yet")
    }

    func nextRecord() throws -> SourceRecord? { nil }
}
