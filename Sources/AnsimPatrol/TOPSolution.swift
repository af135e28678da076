/// A team-orienteering plan: one route per vehicle.
///
/// `routes[k]` lists the nodes vehicle k visits in order, the start and end excluded; an
/// empty route means the vehicle stays at the depot. `durations[k]` is the travel time
/// start → … → end plus the service (dwell) times of the visited nodes; an empty route lasts 0.
public struct TOPSolution: Sendable, Equatable, Hashable {
    /// The visited nodes of each vehicle, in order, start and end excluded.
    public var routes: [[Int]]
    /// The total score of the visited nodes.
    public var score: Double
    /// Each route's duration (travel plus service).
    public var durations: [Double]

    /// A plan as given.
    public init(routes: [[Int]], score: Double, durations: [Double]) {
        self.routes = routes
        self.score = score
        self.durations = durations
    }

    /// A plan whose score and durations are computed from `instance` (no feasibility check;
    /// use ``TOPChecker`` for that).
    public init(routes: [[Int]], instance: TOPInstance) {
        self.routes = routes
        self.score = routes.joined().reduce(0) { $0 + instance.scores[$1] }
        self.durations = routes.map { instance.duration(of: $0) }
    }

    /// The empty plan for `vehicles` vehicles.
    public static func empty(vehicles: Int) -> TOPSolution {
        TOPSolution(
            routes: Array(repeating: [], count: vehicles), score: 0,
            durations: Array(repeating: 0, count: vehicles))
    }

    /// The visited nodes, in no particular order.
    public var visited: Set<Int> { Set(routes.joined()) }

    /// The directed arcs the plan drives (start and end included, empty routes skipped),
    /// with the vehicles' labels forgotten: two plans that swap vehicles have the same arcs.
    public func arcs(start: Int, end: Int) -> Set<[Int]> {
        var out = Set<[Int]>()
        for route in routes where !route.isEmpty {
            let path = [start] + route + [end]
            for i in 0..<(path.count - 1) { out.insert([path[i], path[i + 1]]) }
        }
        return out
    }

    /// The Jaccard distance of the two plans' arc sets: 0 for the same driving, 1 for none
    /// in common. The unpredictability rule of ``TOPSolver/alternatives(_:count:minRatio:options:)``.
    public func difference(from other: TOPSolution, start: Int, end: Int) -> Double {
        let a = arcs(start: start, end: end)
        let b = other.arcs(start: start, end: end)
        let union = a.union(b).count
        return union == 0 ? 0 : 1 - Double(a.intersection(b).count) / Double(union)
    }
}
