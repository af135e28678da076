/// Replacement: an unvisited candidate u takes the place of a visited stop v of lower score
/// (or of equal score when that shortens the route), u going to its cheapest position in v's
/// route once v is out. This is the "replace" step of the TOP heuristics of Vansteenwegen
/// et al. (2009) and Ke, Archetti & Feng (2008); it climbs out of the optima that insertion
/// alone gets stuck in when the budget is tight.
extension TOPSearch {
    /// Applies the best replacement (most score gained, then most time saved); whether any.
    mutating func replaceBest() -> Bool {
        let p = problem
        var bestGain = 0.0
        var bestSaved = 0.0
        var move: (u: Int, r: Int, out: Int, into: Int)? = nil
        let unvisited = p.candidates.filter { owner[$0] < 0 }
        guard !unvisited.isEmpty else { return false }
        for r in routes.indices where !routes[r].isEmpty {
            let route = routes[r]
            let m = route.count
            work += unvisited.count * (2 * m + 1)
            for u in unvisited {
                // Insertion cost on each edge k (before position k) of the current route,
                // with the three cheapest edges remembered.
                var top = [(Double.infinity, -1), (Double.infinity, -1), (Double.infinity, -1)]
                for k in 0...m {
                    let a = k == 0 ? p.start : route[k - 1]
                    let b = k == m ? p.end : route[k]
                    let d = p.c(a, u) + p.c(u, b) - p.c(a, b)
                    if d < top[2].0 {
                        top[2] = (d, k)
                        if top[2].0 < top[1].0 { top.swapAt(1, 2) }
                        if top[1].0 < top[0].0 { top.swapAt(0, 1) }
                    }
                }
                for i in 0..<m {
                    let v = route[i]
                    let gain = p.profit[u] - p.profit[v]
                    guard gain >= 0, gain >= bestGain else { continue }
                    let a = i == 0 ? p.start : route[i - 1]
                    let b = i + 1 == m ? p.end : route[i + 1]
                    let out = m == 1 ? lengths[r] : p.c(a, v) + p.c(v, b) - p.c(a, b)
                    // u where v was, or on an edge v does not touch.
                    var add = m == 1 ? p.c(p.start, u) + p.c(u, p.end) : p.c(a, u) + p.c(u, b) - p.c(a, b)
                    var into = i
                    for (d, k) in top where k >= 0 && k != i && k != i + 1 && d < add {
                        add = d
                        into = k < i ? k : k - 1
                        break
                    }
                    let newLength = lengths[r] - out + add
                    guard newLength <= p.limit else { continue }
                    let saved = lengths[r] - newLength
                    let improves = gain > bestGain || (gain == bestGain && saved > bestSaved)
                    if improves && (gain > 0 || saved > 1e-9 * max(1, lengths[r])) {
                        bestGain = gain
                        bestSaved = saved
                        move = (u, r, i, into)
                    }
                }
            }
        }
        guard let move else { return false }
        var stops = routes[move.r]
        stops.remove(at: move.out)
        stops.insert(move.u, at: move.into)
        guard p.length(stops) <= p.limit else { return false }
        setRoute(move.r, stops)
        return true
    }
}
