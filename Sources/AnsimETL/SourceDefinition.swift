import Foundation

/// A declarative description of one public source: where its files are, how to read
/// them, and which source column feeds which canonical field. Lives in
/// `data/sources/*.json`; no code per file.
public struct SourceDefinition: Codable, Sendable, Equatable {
    /// Unique id, recorded as `source` in every loaded row.
    public var id: String
    public var kind: SourceKind
    /// The canonical table, when the kind has several (e.g. `admin_area_centroid`).
    public var target: String?
    public var title: String
    /// Where the data came from (repository, commit, original publisher).
    public var origin: String
    public var licence: String
    /// File paths or globs (`*`, `?`) relative to the data folder.
    public var files: [String]
    public var format: Format
    /// Fixed encoding (else detected).
    public var encoding: String?
    /// Fixed delimiter ("," "\t" ";"), else detected.
    public var delimiter: String?
    /// Header lines before the data (CSV); default 1. With 0, `columns` names the columns.
    public var headerRows: Int?
    /// Column names for headerless files, or to replace a multi-line header.
    public var columns: [String]?
    /// Header cells that identify this schema in a file of unknown origin.
    public var signature: [String]?
    /// Vector layer name (default: the first layer).
    public var layer: String?
    /// The source CRS when the file does not state it (CSV coordinates, a shapefile without .prj).
    public var crs: String?
    /// Coordinate columns (point sources).
    public var x: String?
    public var y: String?
    /// Where valid points lie: `seoul`, `korea` or `portland` (see ``Region``).
    public var region: String?
    /// Rows that are not data (subtotals): quarantined with the rule's reason.
    public var skip: [SkipRule]?
    /// Canonical field → source column or rule.
    public var fields: [String: FieldSpec]
    /// Source columns forming the natural key; `["$row"]` keys by row/feature number.
    /// Default: every mapped field.
    public var key: [String]?
    /// The definition used for `--kind K` when no other matches the file.
    public var defaultForKind: Bool?
    /// Agency of the rows (default `seoul`).
    public var agency: String?
    /// For statistics tables laid out wide: one column pair per crime.
    public var wide: WideLayout?
    /// Source columns kept as JSON in the row's `attributes`/`tags`.
    public var attributes: [String]?

    /// Columns `from`, `from + 1`, … hold `values` (e.g. 발생, 검거) for each of `crimes`.
    public struct WideLayout: Codable, Sendable, Equatable {
        public var from: Int
        public var crimes: [String]
        public var values: [String]
    }

    public enum Format: String, Codable, Sendable { case csv, vector }

    public init(
        id: String, kind: SourceKind, target: String? = nil, title: String, origin: String, licence: String,
        files: [String], format: Format, encoding: String? = nil, delimiter: String? = nil,
        headerRows: Int? = nil,
        columns: [String]? = nil, signature: [String]? = nil, layer: String? = nil, crs: String? = nil,
        x: String? = nil, y: String? = nil, region: String? = nil, skip: [SkipRule]? = nil,
        fields: [String: FieldSpec], key: [String]? = nil, defaultForKind: Bool? = nil, agency: String? = nil,
        wide: WideLayout? = nil, attributes: [String]? = nil
    ) {
        self.id = id
        self.kind = kind
        self.target = target
        self.title = title
        self.origin = origin
        self.licence = licence
        self.files = files
        self.format = format
        self.encoding = encoding
        self.delimiter = delimiter
        self.headerRows = headerRows
        self.columns = columns
        self.signature = signature
        self.layer = layer
        self.crs = crs
        self.x = x
        self.y = y
        self.region = region
        self.skip = skip
        self.fields = fields
        self.key = key
        self.defaultForKind = defaultForKind
        self.agency = agency
        self.wide = wide
        self.attributes = attributes
    }

    /// A row to set aside: when `column`'s value is one of `values`.
    public struct SkipRule: Codable, Sendable, Equatable {
        public var column: String
        public var values: [String]
        public var reason: String
    }

    enum CodingKeys: String, CodingKey {
        case id, kind, target, title, origin, licence, files, format, encoding, delimiter
        case headerRows = "header_rows"
        case columns, signature, layer, crs, x, y, region, skip, fields, key
        case defaultForKind = "default_for_kind"
        case agency, wide, attributes
    }
}
