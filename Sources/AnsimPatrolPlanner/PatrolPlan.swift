/// Patrol plans for one police box: for each shift, one route per car that leaves the box,
/// visits forecast hotspots (dwelling at each) and returns within the shift.
public struct PatrolPlanSet: Sendable {
    /// The police box: name and location (EPSG:5179).
    public var box: String
    public var boxX: Double
    public var boxY: Double
    /// car or foot.
    public var mode: String
    public var cars: Int
    public var shiftSeconds: Double
    public var dwellSeconds: Double
    /// The forecast run whose cells give the value of each stop.
    public var forecastRunID: Int
    /// The recorded patrol run (0 before recording).
    public var runID = 0
    /// Candidate stops considered, and how many forecast cells could not be snapped to the roads.
    public var candidates: [PatrolCandidate]
    public var unsnapped: Int
    /// One plan per shift, in shift order; plan 1 is the best found.
    public var plans: [PatrolPlan]
    /// The best total value found over all searches.
    public var bestScore: Double
    /// Whether the forecast behind the plan was built on synthetic events.
    public var synthetic: Bool
    public var area: String
    /// The area's boundary, hex EWKB (EPSG:5179).
    public var areaEWKB: String
    public var seed: UInt64
}

/// A place worth visiting: a forecast cell's centre snapped onto the road network.
public struct PatrolCandidate: Sendable {
    public var row: Int
    public var col: Int
    /// The forecast score of the cell.
    public var value: Double
    /// The snapped point on the road (EPSG:5179).
    public var x: Double
    public var y: Double
    /// How far the cell centre is from the road, metres.
    public var snapDistance: Double
}

/// The routes of one shift.
public struct PatrolPlan: Sendable {
    public var shift: Int
    public var routes: [PatrolRoute]
    /// Sum of the values of the visited cells.
    public var score: Double
    /// score / the best score found (≥ 0.95 for every shift by the rotation rule).
    public var ratio: Double
}

/// One car's route in a shift.
public struct PatrolRoute: Sendable {
    public var car: Int
    public var stops: [PatrolStop]
    /// The path on the road graph from the box through the stops back to the box (EPSG:5179).
    public var path: [(x: Double, y: Double)]
    public var lengthMetres: Double
    /// Travel plus dwell, seconds.
    public var durationSeconds: Double
    public var score: Double
}

/// A visit: arrival and departure in seconds from the start of the shift.
public struct PatrolStop: Sendable {
    public var sequence: Int
    public var candidate: PatrolCandidate
    public var arrival: Double
    public var departure: Double
}
