/// Euclidean instances, as in the Chao, Golden & Wasil (1996) benchmark: travel time is the
/// straight-line distance, not rounded.
extension TOPInstance {
    /// An instance over points in the plane with Euclidean travel times.
    public init(
        x: [Double], y: [Double], scores: [Double], service: [Double]? = nil, start: Int = 0, end: Int? = nil,
        vehicles: Int, budget: Double
    ) throws {
        guard x.count == scores.count, y.count == scores.count else {
            throw TOPError("\(x.count) x, \(y.count) y for \(scores.count) scores")
        }
        for (i, v) in (x + y).enumerated() where !v.isFinite {
            throw TOPError("coordinate of node \(i % scores.count) is \(v)")
        }
        let n = scores.count
        var flat = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
            for j in 0..<n {
                let dx = x[i] - x[j]
                let dy = y[i] - y[j]
                flat[i * n + j] = (dx * dx + dy * dy).squareRoot()
            }
        }
        try self.init(
            flatTravel: flat, scores: scores, service: service, start: start, end: end, vehicles: vehicles,
            budget: budget)
    }
}
