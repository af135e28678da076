/// Shortening the plan by moving stops between routes: relocate (one stop to another route),
/// exchange (two stops trade places) and 2-opt* (two routes trade tails; Potvin & Rousseau
/// 1995). The total duration falls and every route stays within the budget, which makes room
/// for insertions — the "balance routes" idea of Vansteenwegen et al. (2009).
extension TOPSearch {
    /// Applies improving inter-route moves until none is left.
    mutating func improveBetween() {
        guard problem.vehicles > 1 else { return }
        while relocate() || exchange() || twoOptStar() {}
    }

    private func tolerance(_ x: Double) -> Double { 1e-9 * max(1, x) }

    /// The first relocation that shortens the plan, applied.
    private mutating func relocate() -> Bool {
        let p = problem
        for a in routes.indices {
            for i in routes[a].indices {
                let v = routes[a][i]
                let rest = routes[a].count == 1
                let saving =
                    rest
                    ? lengths[a]
                    : p.c(before(a, i), v) + p.c(v, at(a, i + 1)) - p.c(before(a, i), at(a, i + 1))
                for b in routes.indices where b != a {
                    guard let ins = bestInsertion(v, into: b), ins.delta < saving - tolerance(saving) else {
                        continue
                    }
                    remove(route: a, at: i)
                    insert(v, route: b, at: ins.position)
                    return true
                }
            }
        }
        return false
    }

    /// The first exchange of two stops of different routes (each taking the other's place)
    /// that shortens the plan within the budget, applied.
    private mutating func exchange() -> Bool {
        let p = problem
        for a in routes.indices {
            for b in (a + 1)..<routes.count {
                work += routes[a].count * routes[b].count
                for i in routes[a].indices {
                    let (pa, va, na) = (before(a, i), routes[a][i], at(a, i + 1))
                    for j in routes[b].indices {
                        let (pb, vb, nb) = (before(b, j), routes[b][j], at(b, j + 1))
                        let newA = lengths[a] - p.c(pa, va) - p.c(va, na) + p.c(pa, vb) + p.c(vb, na)
                        let newB = lengths[b] - p.c(pb, vb) - p.c(vb, nb) + p.c(pb, va) + p.c(va, nb)
                        guard newA <= p.limit, newB <= p.limit,
                            newA + newB < lengths[a] + lengths[b] - tolerance(lengths[a] + lengths[b])
                        else { continue }
                        var ra = routes[a]
                        var rb = routes[b]
                        ra[i] = vb
                        rb[j] = va
                        guard p.length(ra) <= p.limit, p.length(rb) <= p.limit else { continue }
                        setRoutes([(a, ra), (b, rb)])
                        return true
                    }
                }
            }
        }
        return false
    }

    /// The first tail exchange of two routes that shortens the plan within the budget, applied.
    private mutating func twoOptStar() -> Bool {
        let p = problem
        for a in routes.indices {
            for b in (a + 1)..<routes.count {
                let (ra, rb) = (routes[a], routes[b])
                let headA = heads(ra)
                let headB = heads(rb)
                let tailA = tails(ra)
                let tailB = tails(rb)
                work += (ra.count + 1) * (rb.count + 1)
                let old = lengths[a] + lengths[b]
                for i in 0...ra.count {
                    let lastA = i == 0 ? p.start : ra[i - 1]
                    for j in 0...rb.count where !(i == 0 && j == 0) && !(i == ra.count && j == rb.count) {
                        let lastB = j == 0 ? p.start : rb[j - 1]
                        let firstA = j == rb.count ? p.end : rb[j]
                        let firstB = i == ra.count ? p.end : ra[i]
                        let newA = i + rb.count - j == 0 ? 0 : headA[i] + p.c(lastA, firstA) + tailB[j]
                        let newB = j + ra.count - i == 0 ? 0 : headB[j] + p.c(lastB, firstB) + tailA[i]
                        guard newA <= p.limit, newB <= p.limit, newA + newB < old - tolerance(old) else {
                            continue
                        }
                        setRoutes([(a, Array(ra[..<i] + rb[j...])), (b, Array(rb[..<j] + ra[i...]))])
                        return true
                    }
                }
            }
        }
        return false
    }

    /// heads[i]: the duration from the start to the stop before position i (0 at i = 0).
    private func heads(_ route: [Int]) -> [Double] {
        var out = [Double](repeating: 0, count: route.count + 1)
        var prev = problem.start
        for (k, v) in route.enumerated() {
            out[k + 1] = out[k] + problem.c(prev, v)
            prev = v
        }
        return out
    }

    /// tails[i]: the duration from the stop at position i to the end (0 past the last stop).
    private func tails(_ route: [Int]) -> [Double] {
        var out = [Double](repeating: 0, count: route.count + 1)
        for k in stride(from: route.count - 1, through: 0, by: -1) {
            out[k] = out[k + 1] + problem.c(route[k], k + 1 < route.count ? route[k + 1] : problem.end)
        }
        return out
    }
}
