/// A point placed on the road network: on edge ``edge`` at ``fraction`` of its length
/// from the edge's source. Routes from or to it use both ends of the edge, with the
/// partial costs of the two parts (and only the directions the mode may use).
public struct SnappedPoint: Sendable, Equatable {
    /// The edge (0-based; row id − 1 in `road_edge`).
    public var edge: Int32
    /// Where on the edge, 0 at its source, 1 at its target (by length).
    public var fraction: Double
    /// The distance from the given point to the network, metres.
    public var distance: Double
    /// The point on the edge (EPSG:5179).
    public var point: Point2
    /// The point as given (EPSG:5179).
    public var input: Point2

    /// Creates a snapped point.
    public init(edge: Int32, fraction: Double, distance: Double, point: Point2, input: Point2) {
        self.edge = edge
        self.fraction = fraction
        self.distance = distance
        self.point = point
        self.input = input
    }
}

/// A route found on the graph.
public struct RoutePath: Sendable {
    /// Travel time in seconds.
    public var seconds: Double
    /// Length in metres (partial first and last edges included).
    public var metres: Double
    /// The geometry from the first snapped point to the last (EPSG:5179).
    public var coordinates: [Point2]
    /// The whole edges walked, in order (0-based).
    public var edges: [Int32]
}

/// Why a route or a snap failed; the description is a sentence for the CLI.
public enum RoutingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No edge of the network (usable by the mode) within `limit` metres of the point.
    case tooFar(Point2, nearest: Double?, limit: Double)
    /// The two points are in parts of the network not connected for the mode.
    case noRoute(mode: TravelMode)
    /// The graph has no edges.
    case emptyGraph

    public var description: String {
        switch self {
        case .tooFar(let p, let nearest, let limit):
            let shown = "(\(Int(p.x.rounded())), \(Int(p.y.rounded())))"
            guard let nearest else {
                return "point \(shown) is more than \(Int(limit)) m from any road of the graph"
            }
            return
                "point \(shown) is \(Int(nearest.rounded())) m from the nearest road (limit \(Int(limit)) m)"
        case .noRoute(let mode):
            return "no route: the two points lie in parts of the road graph not connected by \(mode)"
        case .emptyGraph:
            return "the road graph has no edges"
        }
    }
}
