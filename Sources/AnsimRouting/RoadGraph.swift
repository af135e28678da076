/// A routable road graph in memory: the network, one ``CSRGraph`` per mode and a segment
/// index per mode for snapping. Immutable and `Sendable`; searches make their own work
/// arrays (``PathSearch``), so one graph serves many threads.
///
/// ```swift
/// let graph = try RoadGraph.load(name: "gangnam", on: connection)   // AnsimRoutingStore
/// let a = try graph.snap(x: 958_000, y: 1_944_000)
/// let b = try graph.snap(x: 960_500, y: 1_945_200)
/// let route = try graph.path(from: a, to: b, mode: .car)            // seconds, metres, points
/// let matrix = graph.travelTimes(from: [a, b], to: [a, b], mode: .car)
/// ```
public final class RoadGraph: Sendable {
    /// The graph's name (`road_graph.name`), or "" when built in memory.
    public let name: String
    /// Vertices and edges.
    public let network: RoadNetwork
    /// The adjacency for each mode (car 0, foot 1).
    public let graphs: [CSRGraph]
    /// Per edge, its ends, length and costs (``EdgeEnds``), for loops over many edges.
    public let ends: [EdgeEnds]
    let indexes: [SegmentIndex]
    /// Reusable searches for the lookups that run many small searches.
    let searches = SearchPool()
    /// The default snapping limit in metres.
    public static let defaultSnapLimit = 500.0

    /// Builds the adjacencies and indexes of `network`.
    public init(network: RoadNetwork, name: String = "") {
        self.name = name
        self.network = network
        graphs = TravelMode.allCases.map { CSRGraph(network: network, mode: $0) }
        ends = network.edges.map(EdgeEnds.init)
        indexes = TravelMode.allCases.map { mode in
            SegmentIndex(edges: network.edges) { $0.cost(mode) >= 0 || $0.reverseCost(mode) >= 0 }
        }
    }

    /// The adjacency for `mode`.
    public func graph(_ mode: TravelMode) -> CSRGraph { graphs[mode.index] }

    /// The nearest point (EPSG:5179) on the nearest edge that `mode` may use.
    ///
    /// - Throws: ``RoutingError/tooFar(_:nearest:limit:)`` when no such edge lies within
    ///   `limit` metres (the error names the nearest distance when it is under 20 km).
    public func snap(
        x: Double, y: Double, mode: TravelMode = .car, limit: Double = RoadGraph.defaultSnapLimit
    ) throws -> SnappedPoint {
        guard !network.edges.isEmpty else { throw RoutingError.emptyGraph }
        let p = Point2(x, y)
        let index = indexes[mode.index]
        guard let hit = index.nearest(to: p, edges: network.edges, limit: limit) else {
            let nearest = index.nearest(to: p, edges: network.edges, limit: 20_000)?.distance
            throw RoutingError.tooFar(p, nearest: nearest, limit: limit)
        }
        let edge = network.edges[Int(hit.edge)]
        let fraction = Polyline.locate(hit.point, on: edge.points).fraction
        return SnappedPoint(
            edge: hit.edge, fraction: fraction, distance: hit.distance, point: hit.point, input: p)
    }

    /// Where a search from `point` starts: the edge ends reachable from it, with the
    /// partial costs to get there.
    func seeds(_ point: SnappedPoint, _ mode: TravelMode) -> [(Int32, Double)] {
        let e = ends[Int(point.edge)]
        var seeds: [(Int32, Double)] = []
        if e.cost(mode) >= 0 { seeds.append((e.target, (1 - point.fraction) * e.cost(mode))) }
        if e.reverseCost(mode) >= 0 { seeds.append((e.source, point.fraction * e.reverseCost(mode))) }
        return seeds
    }

    /// How a search reaches `point`: from each usable end, the vertex and the partial
    /// cost from there to the point.
    func exits(_ point: SnappedPoint, _ mode: TravelMode) -> [(Int32, Double)] {
        let e = ends[Int(point.edge)]
        var exits: [(Int32, Double)] = []
        if e.cost(mode) >= 0 { exits.append((e.source, point.fraction * e.cost(mode))) }
        if e.reverseCost(mode) >= 0 { exits.append((e.target, (1 - point.fraction) * e.reverseCost(mode))) }
        return exits
    }

    /// The cost of going straight along a shared edge from `a` to `b`, when both lie on
    /// the same edge and the mode may go that way.
    func direct(_ a: SnappedPoint, _ b: SnappedPoint, _ mode: TravelMode) -> Double? {
        guard a.edge == b.edge else { return nil }
        let e = ends[Int(a.edge)]
        if b.fraction >= a.fraction, e.cost(mode) >= 0 { return (b.fraction - a.fraction) * e.cost(mode) }
        if a.fraction >= b.fraction, e.reverseCost(mode) >= 0 {
            return (a.fraction - b.fraction) * e.reverseCost(mode)
        }
        return nil
    }
}
