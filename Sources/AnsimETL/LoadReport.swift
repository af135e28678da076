import Foundation

/// What one file load did. `rows_read = rows_loaded + rows_unchanged + rows_quarantined + rows_duplicate`.
public struct LoadReport: Codable, Sendable, Equatable {
    public var source: String
    public var kind: String
    public var file: String
    public var runID: Int
    public var status: String
    public var rowsRead: Int
    public var rowsLoaded: Int
    public var rowsUnchanged: Int
    public var rowsQuarantined: Int
    public var rowsDuplicate: Int
    public var rowsRemoved: Int
    public var seconds: Double
    public var encoding: String
    public var crs: String
    public var fileSHA256: String
    public var warnings: [String]
    /// Quarantine reasons by category, most frequent first.
    public var quarantineReasons: [ReasonCount]

    public struct ReasonCount: Codable, Sendable, Equatable {
        public var reason: String
        public var rows: Int

        public init(reason: String, rows: Int) {
            self.reason = reason
            self.rows = rows
        }
    }

    enum CodingKeys: String, CodingKey {
        case source, kind, file, status, seconds, encoding, crs, warnings
        case runID = "run_id"
        case rowsRead = "rows_read"
        case rowsLoaded = "rows_loaded"
        case rowsUnchanged = "rows_unchanged"
        case rowsQuarantined = "rows_quarantined"
        case rowsDuplicate = "rows_duplicate"
        case rowsRemoved = "rows_removed"
        case fileSHA256 = "file_sha256"
        case quarantineReasons = "quarantine_reasons"
    }

    /// One line for the terminal.
    public var summary: String {
        var s =
            "\(source): \(rowsRead) read, \(rowsLoaded) loaded, \(rowsUnchanged) unchanged, "
            + "\(rowsQuarantined) quarantined, \(rowsDuplicate) duplicate"
        if rowsRemoved > 0 { s += ", \(rowsRemoved) removed" }
        return s + String(format: " (%.2f s, run %d)", seconds, runID)
    }
}

/// How to load a file.
public struct LoadOptions: Sendable {
    public var kind: SourceKind?
    public var sourceID: String?
    public var encoding: TextEncoding?
    public var crs: String?
    /// Called now and then with (rows so far, fraction of the file read).
    public var progress: (@Sendable (Int, Double) -> Void)?
    /// Geocodes rows that have an address and no coordinates (targets with an address:
    /// cctv, risk_site); nil quarantines them as "missing coordinates".
    public var geocoder: (any AddressGeocoding)?

    public init(
        kind: SourceKind? = nil, sourceID: String? = nil, encoding: TextEncoding? = nil, crs: String? = nil,
        progress: (@Sendable (Int, Double) -> Void)? = nil, geocoder: (any AddressGeocoding)? = nil
    ) {
        self.kind = kind
        self.sourceID = sourceID
        self.encoding = encoding
        self.crs = crs
        self.progress = progress
        self.geocoder = geocoder
    }
}
