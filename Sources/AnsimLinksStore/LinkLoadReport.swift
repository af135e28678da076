/// What became of one export's rows (the counts of its `etl_run`; they add up:
/// read = loaded + unchanged + quarantined + duplicate).
public struct LinkLoadReport: Sendable, Equatable, Codable {
    public var runID: Int64
    public var export: LinkExportKind
    public var file: String
    public var read: Int
    /// New links stored.
    public var loaded: Int
    /// Links already stored (an earlier load of the same rows).
    public var unchanged: Int
    public var quarantined: Int
    /// Rows repeating a natural key of an earlier row of the file.
    public var duplicate: Int
    /// New entities the links named.
    public var newEntities: Int
    /// The quarantined rows: 1-based line and reason (as in `etl_quarantine`).
    public var problems: [Problem]

    public struct Problem: Sendable, Equatable, Codable {
        public var row: Int
        public var reason: String
    }

    /// One line: the counts.
    public var summary: String {
        "\(file): \(read) rows read, \(loaded) links loaded, \(unchanged) unchanged, \(quarantined) quarantined, "
            + "\(duplicate) duplicate; \(newEntities) new entities (run \(runID))"
    }
}
