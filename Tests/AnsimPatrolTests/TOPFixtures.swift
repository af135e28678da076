import Foundation

@testable import AnsimPatrol

/// Seeded small instances and the shared data folder, for the AnsimPatrol tests.
enum TOPFixtures {
    /// A small random instance: Euclidean, sometimes with different start and end, service
    /// times, an asymmetric matrix (an entry cost per node, which keeps the triangle
    /// inequality, as road-network travel times do) or unreachable arcs, by the seed.
    static func small(seed: UInt64, customers: Int, vehicles: Int) -> TOPInstance {
        var rng = TOPRandom(seed: seed)
        let n = customers + 2
        let x = (0..<n).map { _ in 50 * rng.unit() }
        let y = (0..<n).map { _ in 50 * rng.unit() }
        let sameDepot = rng.int(2) == 0
        let asymmetric = rng.int(3) == 0
        let holes = rng.int(4) == 0
        let dwell = rng.int(2) == 0 ? 2 + 3 * rng.unit() : 0
        let entry = (0..<n).map { _ in 5 * rng.unit() }
        var travel = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        for i in 0..<n {
            for j in 0..<n where i != j {
                let d = ((x[i] - x[j]) * (x[i] - x[j]) + (y[i] - y[j]) * (y[i] - y[j])).squareRoot()
                travel[i][j] = asymmetric ? d + entry[j] : d
            }
        }
        if !asymmetric {
            for i in 0..<n { for j in 0..<i { travel[i][j] = travel[j][i] } }
        }
        if holes {
            for _ in 0..<(n / 2) { travel[1 + rng.int(customers)][1 + rng.int(customers)] = .infinity }
        }
        var scores = (0..<n).map { _ in Double(1 + rng.int(10)) }
        if rng.int(4) == 0 { scores[1 + rng.int(customers)] = 0 }
        let service = (0..<n).map { _ in dwell }
        let budget = 20 + 80 * rng.unit()
        return try! TOPInstance(
            travel: travel, scores: scores, service: service, start: 0, end: sameDepot ? 0 : n - 1,
            vehicles: vehicles, budget: budget)
    }

    /// The TOP benchmark folder: $ANSIM_DATA/top, else ../shared/data/top from the checkout.
    static var topFolder: String {
        if let data = ProcessInfo.processInfo.environment["ANSIM_DATA"], !data.isEmpty {
            return data + "/top"
        }
        let here = URL(fileURLWithPath: #filePath)
        return here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/data/top").path
    }
}
