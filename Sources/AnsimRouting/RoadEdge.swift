/// One edge of the routable graph, between two intersection vertices, in the shape of a
/// pgRouting edge row: costs in seconds, a negative cost meaning "not allowed".
public struct RoadEdge: Sendable {
    /// The source vertex (0-based index into ``RoadNetwork/vertices``).
    public var source: Int32
    /// The target vertex.
    public var target: Int32
    /// The length of ``points`` in metres.
    public var length: Double
    /// Seconds from source to target by mode (car 0, foot 1); negative when not allowed.
    public var cost: (Double, Double)
    /// Seconds from target to source by mode; negative when not allowed.
    public var reverseCost: (Double, Double)
    /// The road class as the source names it.
    public var roadClass: String
    /// The road name, when known.
    public var name: String?
    /// The key of the source line.
    public var sourceKey: String
    /// The geometry from source to target (EPSG:5179).
    public var points: [Point2]

    /// Creates an edge.
    public init(
        source: Int32, target: Int32, length: Double, cost: (Double, Double),
        reverseCost: (Double, Double), roadClass: String, name: String?, sourceKey: String,
        points: [Point2]
    ) {
        self.source = source
        self.target = target
        self.length = length
        self.cost = cost
        self.reverseCost = reverseCost
        self.roadClass = roadClass
        self.name = name
        self.sourceKey = sourceKey
        self.points = points
    }

    /// Seconds from source to target for `mode`, negative when not allowed.
    public func cost(_ mode: TravelMode) -> Double { mode == .car ? cost.0 : cost.1 }

    /// Seconds from target to source for `mode`, negative when not allowed.
    public func reverseCost(_ mode: TravelMode) -> Double {
        mode == .car ? reverseCost.0 : reverseCost.1
    }

    /// Builds an edge of a noded piece of `line`: costs from its speeds and one-way rule.
    init(source: Int32, target: Int32, points: [Point2], line: RoadLine) {
        let length = Polyline.length(points)
        func seconds(_ speed: Double?) -> Double {
            guard let speed, speed > 0 else { return -1 }
            return length / (speed / 3.6)
        }
        let car = seconds(line.speeds.car)
        let foot = seconds(line.speeds.foot)
        self.init(
            source: source, target: target, length: length,
            cost: (line.oneWay == .backward ? -1 : car, foot),
            reverseCost: (line.oneWay == .forward ? -1 : car, foot),
            roadClass: line.roadClass, name: line.name, sourceKey: line.sourceKey, points: points)
    }
}
