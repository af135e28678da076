/// A canonical table the ETL fills: its columns (staged as text, cast in SQL), how
/// geometry is made, and the SQL that moves staged rows in.
struct Target: Sendable {
    /// The table's name.
    let table: String
    /// Canonical fields, in staging order.
    let columns: [TargetColumn]
    /// How the row's geometry arrives.
    let geometry: GeometryRole
    /// Builds the statement that upserts the staged rows; see ``Target/Upsert``.
    let upsert: Upsert
    /// The column receiving the row's natural key (`source_key`, or `code`), if any.
    var keyColumn: String? = nil
    /// Fields holding the row's address, first non-empty wins: geocoded when the row has no
    /// coordinates and the load has a geocoder (the point's precision goes to
    /// `geocode_precision`, staged as `geocoded`).
    var geocodeFrom: [String] = []

    enum ColumnType: String, Sendable {
        case text, integer, number, date, timestamp, boolean, json
        /// The SQL cast from staged text.
        var cast: String {
            switch self {
            case .text: ""
            case .integer: "::integer"
            case .number: "::double precision"
            case .date: "::date"
            case .timestamp: "::timestamptz"
            case .boolean: "::boolean"
            case .json: "::jsonb"
            }
        }
    }

    enum GeometryRole: Sendable {
        /// A point from coordinate columns (or a point feature), checked and stored in `srid`.
        case point(srid: Int32)
        /// A polygon or line feature, transformed in PostGIS to `srid`.
        case shape(srid: Int32, dimension: Int, multi: Bool)
        /// No geometry.
        case none
    }

    /// How rows are merged into the table.
    enum Upsert: Sendable {
        /// Rows belong to (source, source_file) and are keyed by `conflict`; rows a newer
        /// export lacks are removed.
        case snapshot(conflict: [String], agencyColumn: Bool)
        /// Keyed by `conflict` with no removal (several sources feed the same rows).
        case merge(conflict: [String])
    }

    /// The staged column's name for a canonical field.
    static func staged(_ name: String) -> String { "f_" + name }
}

/// One canonical field of a target.
struct TargetColumn: Sendable {
    let name: String
    let type: Target.ColumnType
    let required: Bool
    /// SQL computing the column from staged fields (`f_<name>`) instead of a cast;
    /// with `staged` false the column is not a field of its own.
    let expression: String?
    let staged: Bool
    /// Integer values allowed (the table's CHECK), validated before staging.
    let allowed: ClosedRange<Int>?

    init(
        _ name: String, _ type: Target.ColumnType = .text, required: Bool = false, expression: String? = nil,
        staged: Bool = true, allowed: ClosedRange<Int>? = nil
    ) {
        self.name = name
        self.type = type
        self.required = required
        self.expression = expression
        self.staged = staged
        self.allowed = allowed
    }

    /// The SQL value inserted for this column, reading the staging row `s`.
    var value: String {
        expression ?? "s.\(Target.staged(name))\(type.cast)"
    }
}
