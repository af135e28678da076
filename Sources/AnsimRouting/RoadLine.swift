/// One road line as a reader gives it, before noding: coordinates in EPSG:5179 and the
/// attributes that make its costs.
public struct RoadLine: Sendable {
    /// The vertices, x = easting and y = northing in metres (EPSG:5179).
    public var points: [Point2]
    /// The road name, when known.
    public var name: String?
    /// The road class as the source names it (juso "2", OSM "primary", MOCT "104").
    public var roadClass: String
    /// Speeds by mode.
    public var speeds: ModeSpeeds
    /// Car one-way rule.
    public var oneWay: OneWay
    /// The source's key for the line (RDS_MAN_NO, OSM way id, LINK_ID).
    public var sourceKey: String
    /// Given topology (MOCT F_NODE / T_NODE): the node keys at the first and last point.
    public var fromNode: String?
    /// See ``fromNode``.
    public var toNode: String?
    /// True when the line crosses others without meeting them (an expressway or a
    /// bridge): noded only where another line *ends* on it, never at a crossing.
    public var gradeSeparated: Bool

    /// Creates a line.
    public init(
        points: [Point2], name: String? = nil, roadClass: String, speeds: ModeSpeeds,
        oneWay: OneWay = .both, sourceKey: String = "", fromNode: String? = nil, toNode: String? = nil,
        gradeSeparated: Bool = false
    ) {
        self.points = points
        self.name = name
        self.roadClass = roadClass
        self.speeds = speeds
        self.oneWay = oneWay
        self.sourceKey = sourceKey
        self.fromNode = fromNode
        self.toNode = toNode
        self.gradeSeparated = gradeSeparated
    }
}

/// A planar point (EPSG:5179 metres in the road graph).
public struct Point2: Sendable, Hashable, Codable {
    /// Easting.
    public var x: Double
    /// Northing.
    public var y: Double

    /// Creates a point.
    public init(_ x: Double, _ y: Double) {
        self.x = x
        self.y = y
    }

    /// The Euclidean distance to `other`.
    public func distance(to other: Point2) -> Double {
        ((x - other.x) * (x - other.x) + (y - other.y) * (y - other.y)).squareRoot()
    }

    /// A key that equates points closer than a millimetre grid cell.
    var key: PointKey { PointKey(x: Int64((x * 1000).rounded()), y: Int64((y * 1000).rounded())) }
}

/// A point rounded to the millimetre, for finding shared vertices.
struct PointKey: Hashable {
    var x: Int64
    var y: Int64
}
