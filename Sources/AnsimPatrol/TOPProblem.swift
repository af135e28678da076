/// The solver's view of a ``TOPInstance``: service times folded into the arcs, so a route's
/// duration is the plain sum of its arcs (the arc i → j costs travel(i, j) plus j's service
/// unless j is the end), and the customers that could appear on some route.
struct TOPProblem: Sendable {
    /// The number of nodes.
    let n: Int
    /// Arc costs with service folded in, row-major; the diagonal is 0.
    let cost: [Double]
    /// The score of each node (0 for start and end).
    let profit: [Double]
    let start: Int
    let end: Int
    let vehicles: Int
    /// The budget plus a rounding margin a thousand times tighter than the checker's.
    let limit: Double
    /// Nodes with a positive score on some start → … → i → … → end path within the budget
    /// (shortest paths, so a node reached only through others still counts).
    let candidates: [Int]
    /// For each candidate-indexed node, the other candidates by increasing symmetric distance
    /// (used by the related-removal operator of Shaw 1998 / Ropke & Pisinger 2006).
    let neighbours: [[Int]]

    init(_ instance: TOPInstance) {
        let n = instance.count
        self.n = n
        start = instance.start
        end = instance.end
        vehicles = instance.vehicles
        limit = instance.budget + 1e-9 * max(1, instance.budget)
        var cost = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
            for j in 0..<n where i != j {
                let dwell = (j == instance.start || j == instance.end) ? 0 : instance.service[j]
                cost[i * n + j] = instance.travel[i * n + j] + dwell
            }
        }
        self.cost = cost
        var profit = instance.scores
        profit[instance.start] = 0
        profit[instance.end] = 0
        self.profit = profit
        let limit = self.limit
        let (s, e) = (instance.start, instance.end)
        let reach = Self.closure(cost, n)
        candidates =
            instance.vehicles == 0
            ? []
            : (0..<n).filter { i in
                i != s && i != e && profit[i] > 0 && reach[s * n + i] + reach[i * n + e] <= limit
            }
        var neighbours = [[Int]](repeating: [], count: n)
        for i in candidates {
            neighbours[i] = candidates.filter { $0 != i }.sorted { a, b in
                let da = cost[i * n + a] + cost[a * n + i]
                let db = cost[i * n + b] + cost[b * n + i]
                return da < db || (da == db && a < b)
            }
        }
        self.neighbours = neighbours
    }

    /// The cost of arc i → j.
    @inline(__always) func c(_ i: Int, _ j: Int) -> Double { cost[i &* n &+ j] }

    /// The duration of a route (0 when empty).
    func length(_ route: [Int]) -> Double {
        guard let first = route.first else { return 0 }
        var total = c(start, first)
        for k in 1..<route.count { total += c(route[k - 1], route[k]) }
        return total + c(route[route.count - 1], end)
    }

    /// Shortest-path costs (Floyd–Warshall): without the triangle inequality, or with
    /// unusable arcs, a node may only fit on a route behind other stops.
    static func closure(_ cost: [Double], _ n: Int) -> [Double] {
        var d = cost
        for k in 0..<n {
            for i in 0..<n where d[i * n + k] < .infinity {
                for j in 0..<n where d[i * n + k] + d[k * n + j] < d[i * n + j] {
                    d[i * n + j] = d[i * n + k] + d[k * n + j]
                }
            }
        }
        return d
    }

    /// The sum of all candidate scores: no plan earns more.
    var ceiling: Double { candidates.reduce(0) { $0 + profit[$1] } }
}
