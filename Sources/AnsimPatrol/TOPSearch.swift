/// One seeded adaptive large-neighbourhood search for the TOP: the working plan, its
/// bookkeeping and the moves' shared helpers. The moves live in the extensions
/// (`+Insertion`, `+Intra`, `+Inter`, `+Replace`, `+Destroy`) and the loop in `+Run`.
///
/// Ideas drawn on: the insert/shake iterated local search of Vansteenwegen, Souffriau,
/// Vanden Berghe & Van Oudheusden (2009, Computers & OR 36:3281), the destroy/repair scheme
/// of Ropke & Pisinger (2006) as used for the TOP by Kim, Li & Lim (2013, augmented LNS),
/// and the "replace a visited node by a better unvisited one" moves of Ke, Archetti & Feng
/// (2008, ant colony / Pareto mimic line) — written afresh, not copied.
///
/// Every random choice comes from ``TOPRandom`` and the loop is stopped by counted work,
/// never by the clock, so a seed always gives the same plan.
struct TOPSearch {
    let problem: TOPProblem
    var rng: TOPRandom
    /// Work units done so far: arc evaluations, roughly.
    var work = 0

    /// The stops of each route, start and end excluded.
    var routes: [[Int]]
    /// Each route's duration (0 when empty).
    var lengths: [Double]
    /// The route visiting each node, or −1.
    var owner: [Int]
    /// The score of the working plan.
    var score = 0.0

    init(problem: TOPProblem, seed: UInt64) {
        self.problem = problem
        rng = TOPRandom(seed: seed)
        routes = Array(repeating: [], count: problem.vehicles)
        lengths = Array(repeating: 0, count: problem.vehicles)
        owner = Array(repeating: -1, count: problem.n)
    }

    /// The working plan as a solution (durations are the route lengths).
    var snapshot: TOPSolution { TOPSolution(routes: routes, score: score, durations: lengths) }

    /// The sum of the route durations.
    var totalLength: Double { lengths.reduce(0, +) }

    /// Makes `solution` the working plan.
    mutating func restore(_ solution: TOPSolution) {
        for r in routes.indices {
            for v in routes[r] { owner[v] = -1 }
        }
        routes = solution.routes
        lengths = solution.durations
        score = solution.score
        for r in routes.indices {
            for v in routes[r] { owner[v] = r }
        }
    }

    /// Replaces route `r` and refreshes its length, owners and the score.
    mutating func setRoute(_ r: Int, _ stops: [Int]) {
        setRoutes([(r, stops)])
    }

    /// Replaces several routes at once (stops may move between them).
    mutating func setRoutes(_ changes: [(route: Int, stops: [Int])]) {
        for (r, _) in changes {
            for v in routes[r] {
                owner[v] = -1
                score -= problem.profit[v]
            }
        }
        for (r, stops) in changes {
            routes[r] = stops
            for v in stops {
                owner[v] = r
                score += problem.profit[v]
            }
            lengths[r] = problem.length(stops)
        }
    }

    /// Inserts `v` into route `r` before position `p`.
    mutating func insert(_ v: Int, route r: Int, at p: Int) {
        assert(owner[v] < 0, "node \(v) is already on route \(owner[v])")
        routes[r].insert(v, at: p)
        owner[v] = r
        score += problem.profit[v]
        lengths[r] = problem.length(routes[r])
    }

    /// Removes the stop at position `p` of route `r`.
    mutating func remove(route r: Int, at p: Int) {
        let v = routes[r].remove(at: p)
        owner[v] = -1
        score -= problem.profit[v]
        lengths[r] = problem.length(routes[r])
    }

    /// The node before position `p` of route `r` (the start at 0).
    @inline(__always) func before(_ r: Int, _ p: Int) -> Int { p == 0 ? problem.start : routes[r][p - 1] }
    /// The node at position `p` of route `r` (the end past the last stop).
    @inline(__always) func at(_ r: Int, _ p: Int) -> Int { p == routes[r].count ? problem.end : routes[r][p] }

    /// The cheapest feasible insertion of `v` into route `r`: (added duration, position), or nil.
    mutating func bestInsertion(_ v: Int, into r: Int) -> (delta: Double, position: Int)? {
        let route = routes[r]
        let p = problem
        if route.isEmpty {
            let d = p.c(p.start, v) + p.c(v, p.end)
            return d <= p.limit ? (d, 0) : nil
        }
        let room = p.limit - lengths[r]
        var best = Double.infinity
        var position = -1
        var prev = p.start
        for k in 0...route.count {
            let next = k < route.count ? route[k] : p.end
            let d = p.c(prev, v) + p.c(v, next) - p.c(prev, next)
            if d < best {
                best = d
                position = k
            }
            prev = next
        }
        work += route.count + 1
        return best <= room ? (best, position) : nil
    }

    /// Whether `a` is a better plan than `b`: more score, then less total duration.
    static func better(_ a: TOPSolution, _ b: TOPSolution) -> Bool {
        let tolerance = 1e-9 * max(1, abs(b.score))
        if a.score > b.score + tolerance { return true }
        if a.score < b.score - tolerance { return false }
        return a.durations.reduce(0, +) < b.durations.reduce(0, +) - 1e-9
    }
}
