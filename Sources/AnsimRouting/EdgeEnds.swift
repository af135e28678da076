/// The scalar fields of a ``RoadEdge`` — ends, length and costs — without its strings and
/// points, so that loops over many edges (a lookup's cameras and exits) read them without
/// copying whole edges (a copy retains and releases four references).
public struct EdgeEnds: Sendable {
    /// The source vertex.
    public var source: Int32
    /// The target vertex.
    public var target: Int32
    /// The length in metres.
    public var length: Double
    /// Seconds from source to target by mode (car 0, foot 1); negative when not allowed.
    public var cost: (Double, Double)
    /// Seconds from target to source by mode; negative when not allowed.
    public var reverseCost: (Double, Double)

    /// The fields of `edge`.
    public init(_ edge: RoadEdge) {
        source = edge.source
        target = edge.target
        length = edge.length
        cost = edge.cost
        reverseCost = edge.reverseCost
    }

    /// Seconds from source to target for `mode`, negative when not allowed.
    @inline(__always) public func cost(_ mode: TravelMode) -> Double { mode == .car ? cost.0 : cost.1 }

    /// Seconds from target to source for `mode`, negative when not allowed.
    @inline(__always) public func reverseCost(_ mode: TravelMode) -> Double {
        mode == .car ? reverseCost.0 : reverseCost.1
    }
}
