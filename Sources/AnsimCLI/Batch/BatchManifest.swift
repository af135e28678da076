import AnsimSupport
import Foundation

/// `<store>/manifest.json`: every partition of the GeoParquet store with its row count and
/// sha256, so that a job can check it reads what was exported. Rewritten atomically (a
/// temporary file renamed over it) after each partition; one export at a time per store.
struct BatchManifest: Codable, Equatable {
    /// One partition file: a table's rows of one agency and one month.
    struct Partition: Codable, Equatable {
        var table: String
        var agency: String
        var month: String
        /// Relative to the store: `<table>/agency=<a>/month=<m>/part.parquet`.
        var path: String
        var rows: Int
        var synthetic_rows: Int
        var sha256: String
    }

    var format = "ansim-batch-store/1"
    var crs = "EPSG:5179"
    var partitions: [Partition] = []

    /// The store's manifest, or an empty one when the store is new.
    static func read(store: String) throws -> BatchManifest {
        let path = store + "/manifest.json"
        guard FileManager.default.fileExists(atPath: path) else { return BatchManifest() }
        do {
            return try JSONDecoder().decode(BatchManifest.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw AnsimError("\(path): not an Ansim batch manifest (\(error.localizedDescription))")
        }
    }

    /// Replaces the entry of the same table, agency and month (or adds it), keeping the
    /// list sorted by table, agency, month.
    mutating func upsert(_ partition: Partition) {
        partitions.removeAll {
            ($0.table, $0.agency, $0.month) == (partition.table, partition.agency, partition.month)
        }
        partitions.append(partition)
        partitions.sort { ($0.table, $0.agency, $0.month) < ($1.table, $1.agency, $1.month) }
    }

    /// Writes the manifest atomically.
    func write(store: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let path = store + "/manifest.json"
        try encoder.encode(self).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
