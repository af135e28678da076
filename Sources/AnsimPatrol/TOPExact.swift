/// The exact TOP optimum of small instances, for tests: dynamic programming over subsets.
///
/// First the shortest route through every subset S of the customers (a Held–Karp path from
/// the start through S to the end; Held & Karp 1962), S being usable when it fits the budget;
/// then the best k routes over disjoint usable subsets, g_k(T) = max over S ⊆ T of
/// score(S) + g_{k−1}(T \ S). It reads the instance directly and shares no code with the
/// heuristic. Customers with score 0 are left out (they cannot raise the optimum). Cost ~ 2^m·m² + k·3^m for m customers: m ≤ 14.
public enum TOPExact {
    /// The optimal plan; throws when more than 14 customers could be visited.
    public static func solve(_ instance: TOPInstance) throws -> TOPSolution {
        let limit = instance.budget + 1e-9 * max(1, instance.budget)
        let (s, e) = (instance.start, instance.end)
        let cost = { (i: Int, j: Int) in
            instance.travel(i, j) + ((j == s || j == e) ? 0 : instance.service[j])
        }
        let nodes = instance.customers.filter { instance.vehicles > 0 && instance.scores[$0] > 0 }
        let m = nodes.count
        guard m <= 14 else { throw TOPError("exact search handles at most 14 customers, not \(m)") }
        let full = 1 << m
        // Held–Karp: path[S][j] = shortest start → S ending at nodes[j].
        var path = [Double](repeating: .infinity, count: full * max(m, 1))
        var parent = [Int](repeating: -1, count: full * max(m, 1))
        for j in 0..<m { path[(1 << j) * m + j] = cost(s, nodes[j]) }
        for set in 1..<full {
            for j in 0..<m where set & (1 << j) != 0 && path[set * m + j] < .infinity {
                for k in 0..<m where set & (1 << k) == 0 {
                    let next = set | (1 << k)
                    let value = path[set * m + j] + cost(nodes[j], nodes[k])
                    if value < path[next * m + k] {
                        path[next * m + k] = value
                        parent[next * m + k] = j
                    }
                }
            }
        }
        var usable = [Double](repeating: -.infinity, count: full)
        var last = [Int](repeating: -1, count: full)
        usable[0] = 0
        for set in 1..<full {
            var shortest = Double.infinity
            for j in 0..<m where set & (1 << j) != 0 {
                let value = path[set * m + j] + cost(nodes[j], e)
                if value < shortest {
                    shortest = value
                    last[set] = j
                }
            }
            if shortest <= limit {
                usable[set] = (0..<m).filter { set & (1 << $0) != 0 }.reduce(0) {
                    $0 + instance.scores[nodes[$1]]
                }
            }
        }
        // g_k over subsets, remembering the route S chosen at each level.
        var g = [Double](repeating: 0, count: full)
        var choice: [[Int]] = []
        for _ in 0..<instance.vehicles {
            var next = [Double](repeating: 0, count: full)
            var pick = [Int](repeating: 0, count: full)
            for set in 0..<full {
                var sub = set
                while true {
                    if usable[sub] > -.infinity, usable[sub] + g[set ^ sub] > next[set] {
                        next[set] = usable[sub] + g[set ^ sub]
                        pick[set] = sub
                    }
                    if sub == 0 { break }
                    sub = (sub - 1) & set
                }
            }
            g = next
            choice.append(pick)
        }
        var routes: [[Int]] = []
        var rest = full - 1
        for level in choice.indices.reversed() {
            let set = choice[level][rest]
            routes.append(order(set, last: last[set], parent: parent, m: m).map { nodes[$0] })
            rest ^= set
        }
        return TOPSolution(routes: routes, instance: instance)
    }

    /// The Held–Karp order of `set`, from the start.
    private static func order(_ set: Int, last: Int, parent: [Int], m: Int) -> [Int] {
        var out: [Int] = []
        var (rest, j) = (set, last)
        while rest != 0 && j >= 0 {
            out.append(j)
            let p = parent[rest * m + j]
            rest ^= 1 << j
            j = p
        }
        return out.reversed()
    }
}
