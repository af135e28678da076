import CGDAL

/// A layer's declared geometry type (`OGRwkbGeometryType`), flattened to its 2D kind
/// with the Z and M flags kept apart.
///
/// Shapefiles declare "Line String" or "Polygon" even when single features are
/// multi-part; look at each feature's WKB for the exact type.
public struct VectorGeometryType: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The 2D kind.
    public enum Kind: Sendable, Equatable, Hashable {
        /// Mixed or unknown geometry types.
        case unknown
        case point, lineString, polygon, multiPoint, multiLineString, multiPolygon
        case geometryCollection
        /// Curves, surfaces, TINs and other types Ansim does not name.
        case other
        /// The layer has no geometry (an attribute table).
        case none
    }

    /// The 2D kind.
    public let kind: Kind
    /// True for 3D (Z) types.
    public let hasZ: Bool
    /// True for measured (M) types.
    public let hasM: Bool
    /// OGR's name, e.g. "Line String", "3D Multi Polygon".
    public let name: String
    /// The raw `OGRwkbGeometryType` value.
    public let rawValue: UInt32

    init(_ type: OGRwkbGeometryType) {
        rawValue = type.rawValue
        hasZ = OGR_GT_HasZ(type) != 0
        hasM = OGR_GT_HasM(type) != 0
        name = String(cString: OGRGeometryTypeToName(type))
        switch OGR_GT_Flatten(type) {
        case wkbUnknown: kind = .unknown
        case wkbPoint: kind = .point
        case wkbLineString: kind = .lineString
        case wkbPolygon: kind = .polygon
        case wkbMultiPoint: kind = .multiPoint
        case wkbMultiLineString: kind = .multiLineString
        case wkbMultiPolygon: kind = .multiPolygon
        case wkbGeometryCollection: kind = .geometryCollection
        case wkbNone: kind = .none
        default: kind = .other
        }
    }

    /// True for point and multi-point types.
    public var isPoint: Bool { kind == .point || kind == .multiPoint }
    /// True for line-string and multi-line-string types.
    public var isLine: Bool { kind == .lineString || kind == .multiLineString }
    /// True for polygon and multi-polygon types.
    public var isPolygon: Bool { kind == .polygon || kind == .multiPolygon }

    /// OGR's name.
    public var description: String { name }
}
