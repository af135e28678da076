/// How a box's area is drawn when no published jurisdiction (`police_org.jurisdiction`) is
/// loaded for it. A published jurisdiction always wins.
public enum PatrolJurisdiction: String, Sendable, CaseIterable {
    /// Network Voronoi: a forecast cell belongs to the box that reaches it soonest on the
    /// road graph in the plan's mode (car or foot). See ``PatrolRegion``.
    case network
    /// The straight-line Voronoi cell of the box among the agency's boxes, clipped to the city.
    case voronoi
}
