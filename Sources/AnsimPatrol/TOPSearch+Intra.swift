/// Shortening one route without changing its stops: 2-opt (Croes 1958; segment reversal,
/// priced exactly on asymmetric matrices with forward and backward prefix sums) and or-opt
/// (Or 1976; moving a chain of 1–3 stops). Shorter routes leave room for more stops.
extension TOPSearch {
    /// Applies improving 2-opt and or-opt moves to route `r` until none is left.
    mutating func improveRoute(_ r: Int) {
        while twoOpt(r) || orOpt(r) {}
    }

    /// The route as a path with the start and end.
    private func path(_ r: Int) -> [Int] { [problem.start] + routes[r] + [problem.end] }

    /// The first improving segment reversal of route `r`, applied; whether there was one.
    private mutating func twoOpt(_ r: Int) -> Bool {
        let m = routes[r].count + 2
        guard m >= 4 else { return false }
        let p = path(r)
        let pr = problem
        var forward = [Double](repeating: 0, count: m)
        var backward = [Double](repeating: 0, count: m)
        for t in 1..<m {
            forward[t] = forward[t - 1] + pr.c(p[t - 1], p[t])
            backward[t] = backward[t - 1] + pr.c(p[t], p[t - 1])
        }
        work += m * m / 2
        for i in 1..<(m - 2) {
            for j in (i + 1)..<(m - 1) {
                let old = pr.c(p[i - 1], p[i]) + (forward[j] - forward[i]) + pr.c(p[j], p[j + 1])
                let new = pr.c(p[i - 1], p[j]) + (backward[j] - backward[i]) + pr.c(p[i], p[j + 1])
                if new < old - 1e-9 * max(1, old) {
                    var q = p
                    q[i...j].reverse()
                    let stops = Array(q[1..<(m - 1)])
                    if problem.length(stops) < lengths[r] {
                        setRoute(r, stops)
                        return true
                    }
                }
            }
        }
        return false
    }

    /// The first improving move of a chain of 1–3 stops within route `r`, applied.
    private mutating func orOpt(_ r: Int) -> Bool {
        let m = routes[r].count + 2
        guard m >= 4 else { return false }
        let p = path(r)
        let pr = problem
        work += 3 * m * m
        for size in 1...3 {
            guard size <= m - 3 else { break }
            for i in 1...(m - 1 - size) {
                let last = i + size - 1
                let gain = pr.c(p[i - 1], p[i]) + pr.c(p[last], p[last + 1]) - pr.c(p[i - 1], p[last + 1])
                for k in 0..<(m - 1) where k < i - 1 || k > last {
                    let add = pr.c(p[k], p[i]) + pr.c(p[last], p[k + 1]) - pr.c(p[k], p[k + 1])
                    if add < gain - 1e-9 * max(1, gain) {
                        var q = p
                        let chain = Array(q[i...last])
                        q.removeSubrange(i...last)
                        q.insert(contentsOf: chain, at: k < i ? k + 1 : k + 1 - size)
                        let stops = Array(q[1..<(q.count - 1)])
                        if problem.length(stops) < lengths[r] {
                            setRoute(r, stops)
                            return true
                        }
                    }
                }
            }
        }
        return false
    }
}
