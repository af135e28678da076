/// Builds a ``CoverageProblem`` from points in a plane (EPSG:5179 metres): which demand
/// points lie within `radius` of each candidate site, through a grid of `radius`-sized cells.
public enum CoverageBuilder {
    /// Demand points with their weights, candidate sites, and the radius; demand points
    /// already within `radius` of an `existing` site get weight 0 (already covered).
    public static func problem(
        demand: [(x: Double, y: Double, weight: Double)], candidates: [(x: Double, y: Double)],
        existing: [(x: Double, y: Double)], radius: Double, k: Int
    ) throws(CoverageError) -> CoverageProblem {
        guard radius > 0 else { throw CoverageError("radius must be > 0, got \(radius)") }
        var grid: [Int64: [Int32]] = [:]
        func key(_ x: Double, _ y: Double) -> (Int, Int) { (Int((x / radius).rounded(.down)), Int((y / radius).rounded(.down))) }
        func pack(_ a: Int, _ b: Int) -> Int64 { Int64(a) << 32 | Int64(UInt32(bitPattern: Int32(b))) }
        for (i, d) in demand.enumerated() {
            let (cx, cy) = key(d.x, d.y)
            grid[pack(cx, cy), default: []].append(Int32(i))
        }
        func within(_ x: Double, _ y: Double) -> [Int32] {
            let (cx, cy) = key(x, y)
            var out: [Int32] = []
            for dx in -1...1 {
                for dy in -1...1 {
                    for i in grid[pack(cx + dx, cy + dy)] ?? [] {
                        let d = demand[Int(i)]
                        if (d.x - x) * (d.x - x) + (d.y - y) * (d.y - y) <= radius * radius { out.append(i) }
                    }
                }
            }
            return out
        }
        var weights = demand.map(\.weight)
        for e in existing { for i in within(e.x, e.y) { weights[Int(i)] = 0 } }
        let covers = candidates.map { c in within(c.x, c.y).filter { weights[Int($0)] > 0 } }
        return try CoverageProblem(weights: weights, covers: covers, k: k)
    }

    /// An upper bound on the optimum: the `k` largest single-site coverages added up
    /// (each site alone covers at least as much as it adds to any set).
    public static func upperBound(_ p: CoverageProblem) -> Double {
        let single = p.covers.map { $0.reduce(0.0) { $0 + p.weights[Int($1)] } }.sorted(by: >)
        return single.prefix(p.k).reduce(0, +)
    }
}
