import CGDAL

/// An attribute column of a layer, as GDAL describes it.
public struct VectorField: Sendable, Equatable, Hashable {
    /// OGR's field types (`OGRFieldType`).
    public enum Kind: Sendable, Equatable, Hashable {
        case integer, integer64, real, string, date, time, dateTime, binary
        case integerList, integer64List, realList, stringList
        /// A type this version of Ansim does not name; the raw `OGRFieldType` value.
        case other(UInt32)

        init(_ type: OGRFieldType) {
            switch type {
            case OFTInteger: self = .integer
            case OFTInteger64: self = .integer64
            case OFTReal: self = .real
            case OFTString: self = .string
            case OFTDate: self = .date
            case OFTTime: self = .time
            case OFTDateTime: self = .dateTime
            case OFTBinary: self = .binary
            case OFTIntegerList: self = .integerList
            case OFTInteger64List: self = .integer64List
            case OFTRealList: self = .realList
            case OFTStringList: self = .stringList
            default: self = .other(type.rawValue)
            }
        }
    }

    /// The field's name (decoded with the layer's attribute encoding).
    public let name: String
    /// The OGR type.
    public let kind: Kind
    /// OGR's name for the type ("String", "Integer64", "Real", …).
    public let typeName: String
    /// The declared width (0 when unknown), e.g. a DBF column's width.
    public let width: Int
    /// The declared decimal places (0 when unknown).
    public let precision: Int

    /// Creates a field description.
    public init(name: String, kind: Kind, typeName: String, width: Int = 0, precision: Int = 0) {
        self.name = name
        self.kind = kind
        self.typeName = typeName
        self.width = width
        self.precision = precision
    }

    /// Reads the fields of an OGR feature definition.
    static func fields(of definition: OGRFeatureDefnH?) -> [VectorField] {
        guard let definition else { return [] }
        return (0..<OGR_FD_GetFieldCount(definition)).compactMap { i in
            guard let field = OGR_FD_GetFieldDefn(definition, i) else { return nil }
            let type = OGR_Fld_GetType(field)
            return VectorField(
                name: String(cString: OGR_Fld_GetNameRef(field)), kind: Kind(type),
                typeName: String(cString: OGR_GetFieldTypeName(type)),
                width: Int(OGR_Fld_GetWidth(field)), precision: Int(OGR_Fld_GetPrecision(field)))
        }
    }
}
