/// A team orienteering problem (TOP; Chao, Golden & Wasil 1996): `vehicles` vehicles leave
/// `start` and arrive at `end` (the police box, so usually the same node), each within
/// `budget`; visiting node i earns `scores[i]` (its risk) once and costs `service[i]` (the
/// dwell time). Travel times come from a full matrix — the road network for real patrols,
/// Euclidean distances for the benchmark — and may be asymmetric.
///
/// Rules: an infinite travel time marks an unusable arc; the diagonal is ignored; the start
/// and end earn nothing and cost no service; a route's duration is travel plus the service of
/// its stops, and an empty route (the vehicle stays in) lasts 0. A depot-only instance
/// (one node, or every other node out of reach) is valid and gets empty routes; no nodes at
/// all, mis-sized arrays, NaN, negative or infinite scores and service times, NaN or negative
/// travel times and a NaN or negative budget are ``TOPError``s.
public struct TOPInstance: Sendable, Equatable {
    /// The number of nodes, start and end included.
    public let count: Int
    /// Travel times, row-major: `travel[i * count + j]` from i to j.
    public let travel: [Double]
    /// The score (risk) of each node; those of start and end are ignored.
    public let scores: [Double]
    /// The service (dwell) time of each node; those of start and end are ignored.
    public let service: [Double]
    /// Where every vehicle starts.
    public let start: Int
    /// Where every vehicle ends.
    public let end: Int
    /// The number of vehicles (routes).
    public let vehicles: Int
    /// The longest allowed route duration.
    public let budget: Double

    /// An instance from a flat row-major travel matrix of `scores.count`² entries; no service
    /// times means 0 everywhere; no end means the start.
    public init(
        flatTravel: [Double], scores: [Double], service: [Double]? = nil, start: Int = 0, end: Int? = nil,
        vehicles: Int, budget: Double
    ) throws {
        let n = scores.count
        guard n > 0 else { throw TOPError("the instance has no nodes (not even a start)") }
        guard flatTravel.count == n * n else {
            throw TOPError("the travel matrix has \(flatTravel.count) entries, expected \(n)×\(n)")
        }
        let service = service ?? Array(repeating: 0, count: n)
        guard service.count == n else { throw TOPError("\(service.count) service times for \(n) nodes") }
        let end = end ?? start
        guard (0..<n).contains(start), (0..<n).contains(end) else {
            throw TOPError("start \(start) or end \(end) is not a node (0..<\(n))")
        }
        guard vehicles >= 0 else { throw TOPError("vehicles is \(vehicles), must be 0 or more") }
        guard budget >= 0, budget.isFinite else {
            throw TOPError("budget is \(budget), must be finite and ≥ 0")
        }
        for (i, s) in scores.enumerated() where !(s >= 0 && s.isFinite) {
            throw TOPError("score of node \(i) is \(s), must be finite and ≥ 0")
        }
        for (i, s) in service.enumerated() where !(s >= 0 && s.isFinite) {
            throw TOPError("service time of node \(i) is \(s), must be finite and ≥ 0")
        }
        for (k, t) in flatTravel.enumerated() where !(t >= 0) && k / n != k % n {
            throw TOPError(
                "travel time \(k / n) → \(k % n) is \(t), must be ≥ 0 (or infinite if unreachable)")
        }
        self.count = n
        self.travel = flatTravel
        self.scores = scores
        self.service = service
        self.start = start
        self.end = end
        self.vehicles = vehicles
        self.budget = budget
    }

    /// An instance from a square travel matrix (`travel[i][j]` from i to j).
    public init(
        travel: [[Double]], scores: [Double], service: [Double]? = nil, start: Int = 0, end: Int? = nil,
        vehicles: Int, budget: Double
    ) throws {
        guard travel.count == scores.count, travel.allSatisfy({ $0.count == scores.count }) else {
            throw TOPError(
                "the travel matrix is not \(scores.count)×\(scores.count), one row and column per score")
        }
        try self.init(
            flatTravel: Array(travel.joined()), scores: scores, service: service, start: start, end: end,
            vehicles: vehicles, budget: budget)
    }

    /// The travel time from `i` to `j`.
    public func travel(_ i: Int, _ j: Int) -> Double { travel[i * count + j] }

    /// The duration of a route visiting `stops` in order: travel start → stops → end plus
    /// the stops' service times; 0 for no stops.
    public func duration(of stops: [Int]) -> Double {
        guard !stops.isEmpty else { return 0 }
        var total = 0.0
        var at = start
        for stop in stops {
            total += travel(at, stop) + service[stop]
            at = stop
        }
        return total + travel(at, end)
    }

    /// The nodes that can earn a score: neither start nor end.
    public var customers: [Int] { (0..<count).filter { $0 != start && $0 != end } }
}
