/// The destroy half of the large-neighbourhood step (Shaw 1998; Ropke & Pisinger 2006; for
/// the TOP Kim, Li & Lim 2013): remove some stops — at random, a run of consecutive stops,
/// stops near one another, the stops earning least per minute, or a whole route — and return
/// them so repair can keep them out for its first pass (the "shake" of Vansteenwegen et al.
/// 2009 likewise forbids the removed stops briefly).
extension TOPSearch {
    /// Removes about `fraction` of the visited stops (at least one) with a seeded operator.
    mutating func destroy(fraction: Double) -> Set<Int> {
        let visited = routes.reduce(0) { $0 + $1.count }
        guard visited > 0 else { return [] }
        let q = 1 + rng.int(max(1, Int((Double(visited) * fraction).rounded())))
        var removed = Set<Int>()
        switch rng.int(5) {
        case 0:  // random stops
            while removed.count < q, let v = randomStop() { removeStop(v, into: &removed) }
        case 1:  // a run of consecutive stops of one route
            let r = randomRoute()
            let length = min(q, routes[r].count)
            let from = rng.int(routes[r].count - length + 1)
            for v in routes[r][from..<(from + length)] { removeStop(v, into: &removed) }
        case 2:  // related: a stop and the visited stops nearest to it
            guard let seed = randomStop() else { break }
            removeStop(seed, into: &removed)
            for v in problem.neighbours[seed] where removed.count < q && owner[v] >= 0 {
                removeStop(v, into: &removed)
            }
        case 3:  // worst: least score per minute saved, with seeded noise
            var ratio: [(Double, Int)] = []
            for r in routes.indices {
                for (i, v) in routes[r].enumerated() {
                    let saving =
                        problem.c(before(r, i), v) + problem.c(v, at(r, i + 1))
                        - problem.c(before(r, i), at(r, i + 1))
                    ratio.append((problem.profit[v] / max(saving, 1e-9) * (0.5 + rng.unit()), v))
                }
            }
            ratio.sort { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
            for (_, v) in ratio.prefix(q) { removeStop(v, into: &removed) }
        default:  // a whole route (with one vehicle: a restart)
            removeRoute(randomRoute(), into: &removed)
        }
        restoreFeasibility()
        return removed
    }

    /// A uniformly chosen visited stop, or nil.
    private mutating func randomStop() -> Int? {
        let all = routes.flatMap { $0 }
        return all.isEmpty ? nil : all[rng.int(all.count)]
    }

    /// A uniformly chosen non-empty route (there is one when a stop is visited).
    private mutating func randomRoute() -> Int {
        let busy = routes.indices.filter { !routes[$0].isEmpty }
        return busy[rng.int(busy.count)]
    }

    private mutating func removeStop(_ v: Int, into removed: inout Set<Int>) {
        let r = owner[v]
        guard r >= 0, let i = routes[r].firstIndex(of: v) else { return }
        remove(route: r, at: i)
        removed.insert(v)
    }

    private mutating func removeRoute(_ r: Int, into removed: inout Set<Int>) {
        removed.formUnion(routes[r])
        setRoute(r, [])
    }

    /// Without the triangle inequality (or with unreachable arcs) a removal can lengthen a
    /// route; such a route loses stops from its end until it fits again.
    private mutating func restoreFeasibility() {
        for r in routes.indices where lengths[r] > problem.limit {
            var stops = routes[r]
            while !stops.isEmpty && problem.length(stops) > problem.limit { stops.removeLast() }
            setRoute(r, stops)
        }
    }
}
