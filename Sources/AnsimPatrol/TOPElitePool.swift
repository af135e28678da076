/// The elite pool: distinct good plans met during the search, kept for
/// ``TOPSolver/alternatives(_:count:minRatio:previous:options:)``. Two plans are the same when
/// they drive the same routes (whichever vehicle drives them). Plans under `floor` × the best
/// score seen are dropped; past `capacity` the lowest-scoring (then longest) plan goes.
struct TOPElitePool: Sendable {
    let capacity: Int
    let floor: Double
    private(set) var entries: [TOPSolution] = []
    private var keys: Set<[Int]> = []
    private(set) var bestScore = -Double.infinity

    init(capacity: Int = 256, floor: Double = 0.9) {
        self.capacity = capacity
        self.floor = floor
    }

    /// Offers a plan; kept when new and good enough.
    mutating func offer(_ solution: TOPSolution) {
        guard capacity > 0, solution.score >= floor * bestScore else { return }
        let key = Self.key(solution)
        guard !keys.contains(key) else { return }
        if solution.score > bestScore {
            bestScore = solution.score
            let kept = entries.filter { $0.score >= floor * bestScore }
            if kept.count < entries.count {
                entries = kept
                keys = Set(kept.map(Self.key))
            }
        }
        entries.append(solution)
        keys.insert(key)
        if entries.count > capacity {
            var worst = 0
            for i in entries.indices.dropFirst() where Self.worse(entries[i], than: entries[worst]) {
                worst = i
            }
            keys.remove(Self.key(entries[worst]))
            entries.remove(at: worst)
        }
    }

    /// Offers every plan of `other`, in its order.
    mutating func merge(_ other: TOPElitePool) {
        for solution in other.entries { offer(solution) }
    }

    private static func worse(_ a: TOPSolution, than b: TOPSolution) -> Bool {
        if a.score != b.score { return a.score < b.score }
        return a.durations.reduce(0, +) > b.durations.reduce(0, +)
    }

    /// The non-empty routes in lexicographic order, separated by −1.
    static func key(_ solution: TOPSolution) -> [Int] {
        let sorted = solution.routes.filter { !$0.isEmpty }.sorted { $0.lexicographicallyPrecedes($1) }
        return Array(sorted.joined(separator: [-1]))
    }
}
