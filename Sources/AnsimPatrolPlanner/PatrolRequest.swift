import AnsimAnalytics
import AnsimRouting

/// What `ansim patrol plan` is asked for: routes for one police box's cars (or foot
/// patrols) over one or more shifts, covering the riskiest cells of a forecast run.
public struct PatrolRequest: Sendable {
    public var agency = "seoul"
    /// The police box (지구대/파출소), e.g. "역삼지구대" or "역삼".
    public var box: String
    public var cars = 2
    /// The shift's length, seconds: every route starts and ends at the box within it.
    public var shiftSeconds = 7200.0
    /// The time spent at each stop, seconds (12 min: the middle of the Koper curve's 10–15).
    public var dwellSeconds = 720.0
    public var mode = TravelMode.car
    /// The forecast run to cover; nil makes a new one (``forecastMethod``, 7 days).
    public var forecastRunID: Int?
    public var forecastMethod = ForecastMethod.ensemble
    /// The road graph (`road_graph.name`), nil for the newest.
    public var graph: String?
    /// The box's area when no published jurisdiction is loaded: its network region (default)
    /// or its straight-line Voronoi cell.
    public var jurisdiction = PatrolJurisdiction.network
    /// How many successive shifts to plan (each a different plan ≥ 95 % of the best).
    public var shifts = 1
    /// How many of the riskiest cells are candidate stops.
    public var candidates = 60
    /// A cell whose centre is farther than this from a road (metres) is not a stop.
    public var snapLimit = 150.0
    public var seed: UInt64 = 1
    /// Nominal search seconds (a fixed work budget: the plan does not depend on the clock).
    public var timeLimit = 2.0
    /// Destroy/repair steps per search instead of the time budget (tests), or nil.
    public var iterations: Int?
    /// Plans of later shifts score at least this share of the best plan found.
    public var minRatio = 0.95

    public init(box: String) {
        self.box = box
    }
}
