/// The road network reachable from the scene on foot and by car within 1, 3 and 5
/// minutes: per mode and budget the vertices and road length reached and the exit
/// points (where the budget runs out), and the cameras along the reached edges by time.
public struct EscapeRoutes: Encodable, Sendable {
    public var graph: String
    public var foot: ModeReach?
    public var car: ModeReach?
}

/// One mode's reach.
public struct ModeReach: Encodable, Sendable {
    /// How far the scene lies from the nearest road this mode may use.
    public var snappedM: Double
    public var bands: [ReachBand]
    /// Cameras along the reached edges in all (``cameras`` lists the first `limit`).
    public var cameraCount: Int
    /// Cameras within ``LookupEngine/cameraSnapLimit`` of a reached edge, by time to reach.
    public var cameras: [RouteCamera]
}

/// One budget of one mode.
public struct ReachBand: Encodable, Sendable {
    public var minutes: Int
    public var vertices: Int
    public var roadM: Double
    /// Exits in all (``exits`` lists the first `limit`).
    public var exitCount: Int
    public var exits: [ExitPoint]
}

/// Where a budget runs out on an edge.
public struct ExitPoint: Encodable, Sendable {
    public var edge: Int64
    public var lon: Double
    public var lat: Double
}

/// A camera on an escape route.
public struct RouteCamera: Encodable, Sendable {
    public var id: Int64
    public var seconds: Double
    public var minutes: Int
    public var lon: Double
    public var lat: Double
}

/// Past incidents and calls near the scene.
public struct History: Encodable, Sendable {
    public var radiusM: Double
    public var days: Int
    public var incidents: ClassCounts
    public var calls: ClassCounts
}

/// A total and counts per class.
public struct ClassCounts: Encodable, Sendable, Equatable {
    public var total: Int
    public var byClass: [String: Int]
}

/// What to do: nearest responders by network time, and the steps.
public struct Guidance: Encodable, Sendable {
    public var responders: [ResponderHit]
    public var steps: [String]
}

/// A box or unit and its ETA by car.
public struct ResponderHit: Encodable, Sendable {
    public var kind: String
    public var id: Int64
    public var name: String
    public var distanceM: Double
    public var etaS: Double?
    public var lon: Double
    public var lat: Double
}
