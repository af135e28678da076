/// One feature read from a layer: a plain value that owns no GDAL memory.
public struct VectorFeature: Sendable {
    /// The position in the layer's reading order, from 1.
    public let index: Int
    /// GDAL's feature id (for shapefiles the 0-based record number).
    public let fid: Int64
    /// The attribute values as text, in field order; nil for unset or null fields.
    public let values: [String?]
    /// The geometry as ISO WKB, little-endian; nil when the feature has none or when
    /// GDAL could not read it (then ``geometryProblem`` says why).
    public let wkb: [UInt8]?
    /// Why the geometry could not be read, or nil.
    public let geometryProblem: String?
    /// The layer's field names and their positions, shared by every feature.
    public let fields: FieldNames

    /// Creates a feature (for tests and other readers).
    public init(
        index: Int, fid: Int64, values: [String?], wkb: [UInt8]?, geometryProblem: String? = nil,
        fields: FieldNames
    ) {
        self.index = index
        self.fid = fid
        self.values = values
        self.wkb = wkb
        self.geometryProblem = geometryProblem
        self.fields = fields
    }

    /// The value of the field at `position` (0-based), or nil when unset, null or out
    /// of range.
    public subscript(position: Int) -> String? {
        values.indices.contains(position) ? values[position] : nil
    }

    /// The value of the field called `name`, or nil when unset, null or not a field.
    public subscript(name: String) -> String? {
        fields.index(of: name).flatMap { self[$0] }
    }
}

/// A layer's field names with a lookup from name to position (immutable, shared).
public final class FieldNames: Sendable {
    /// The names in field order.
    public let names: [String]
    private let positions: [String: Int]

    /// Indexes `names`; for a repeated name the first position wins.
    public init(_ names: [String]) {
        self.names = names
        var positions: [String: Int] = [:]
        for (i, name) in names.enumerated() where positions[name] == nil { positions[name] = i }
        self.positions = positions
    }

    /// The position of `name`, or nil.
    public func index(of name: String) -> Int? { positions[name] }
}
