import AnsimRouting
import Testing

/// Dijkstra, bidirectional Dijkstra, A* and one-to-many against brute force on random
/// small graphs.
struct ShortestPathTests {
    /// A deterministic generator (SplitMix64).
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func uniform() -> Double { Double(next() >> 11) / Double(1 << 53) }
        mutating func int(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    /// A random network of `n` vertices in a 1 km square and straight edges between random
    /// pairs, some one-way, some foot-only, with random speeds.
    static func network(seed: UInt64, n: Int, m: Int) -> RoadNetwork {
        var r = Random(state: seed)
        let vertices = (0..<n).map { _ in Point2(r.uniform() * 1000, r.uniform() * 1000) }
        var edges: [RoadEdge] = []
        for _ in 0..<m {
            let a = Int32(r.int(n))
            let b = Int32(r.int(n))
            let length = vertices[Int(a)].distance(to: vertices[Int(b)]) * (1 + r.uniform())
            let speed = 5 + r.uniform() * 20
            let oneWay = r.int(4)
            let car = r.int(6) == 0 ? -1 : length / speed
            edges.append(
                RoadEdge(
                    source: a, target: b, length: length, cost: (oneWay == 1 ? -1 : car, length / 1.25),
                    reverseCost: (oneWay == 2 ? -1 : car, length / 1.25), roadClass: "x", name: nil,
                    sourceKey: "",
                    points: [vertices[Int(a)], vertices[Int(b)]]))
        }
        return RoadNetwork(vertices: vertices, edges: edges)
    }

    /// All-pairs least costs by Floyd–Warshall.
    static func bruteForce(_ network: RoadNetwork, _ mode: TravelMode) -> [[Double]] {
        let n = network.vertices.count
        var d = Array(repeating: Array(repeating: Double.infinity, count: n), count: n)
        for i in 0..<n { d[i][i] = 0 }
        for e in network.edges {
            let (s, t) = (Int(e.source), Int(e.target))
            if e.cost(mode) >= 0 { d[s][t] = min(d[s][t], e.cost(mode)) }
            if e.reverseCost(mode) >= 0 { d[t][s] = min(d[t][s], e.reverseCost(mode)) }
        }
        for k in 0..<n {
            for i in 0..<n where d[i][k] < .infinity {
                for j in 0..<n where d[i][k] + d[k][j] < d[i][j] { d[i][j] = d[i][k] + d[k][j] }
            }
        }
        return d
    }

    static func close(_ a: Double?, _ b: Double) -> Bool {
        guard let a else { return b == .infinity }
        if a == b { return true }
        return abs(a - b) <= 1e-9 * max(1, b)
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6] as [UInt64])
    func everyAlgorithmEqualsBruteForce(seed: UInt64) {
        let network = Self.network(seed: seed, n: 40, m: 30 + Int(seed) * 12)
        for mode in TravelMode.allCases {
            let truth = Self.bruteForce(network, mode)
            let search = PathSearch(graph: CSRGraph(network: network, mode: mode))
            let all = Array(Int32(0)..<40)
            for s in 0..<40 {
                let row = search.oneToMany(from: Int32(s), to: all)
                for t in 0..<40 {
                    let expected = truth[s][t]
                    #expect(Self.close(search.dijkstra(from: Int32(s), to: Int32(t)), expected))
                    #expect(Self.close(search.bidirectional(from: Int32(s), to: Int32(t)), expected))
                    #expect(Self.close(search.aStar(from: Int32(s), to: Int32(t)), expected))
                    #expect(Self.close(row[t], expected))
                }
            }
        }
    }

    @Test func theMatrixOfSnappedPointsMatchesSinglePaths() throws {
        let graph = RoadGraph(network: Self.network(seed: 9, n: 60, m: 150))
        var r = Random(state: 77)
        let points = try (0..<12).map { _ in
            try graph.snap(x: r.uniform() * 1000, y: r.uniform() * 1000, mode: .car, limit: 2000)
        }
        let matrix = graph.travelTimes(from: points, to: points, mode: .car)
        for i in points.indices {
            for j in points.indices {
                let single = try? graph.path(from: points[i], to: points[j], mode: .car)
                #expect(Self.close(single?.seconds, matrix[i][j]))
            }
            #expect(matrix[i][i] == 0)
        }
    }

    /// The many-to-one times of one backward search equal the forward matrix's column, in
    /// both modes (foot and car differ in one-way arcs), unreachable pairs included.
    @Test(arguments: [9, 10, 11] as [UInt64])
    func manyToOneByOneBackwardSearchEqualsTheMatrix(seed: UInt64) throws {
        let graph = RoadGraph(network: Self.network(seed: seed, n: 60, m: 90 + Int(seed) * 5))
        var r = Random(state: seed &* 31)
        for mode in TravelMode.allCases {
            let points = try (0..<10).map { _ in
                try graph.snap(x: r.uniform() * 1000, y: r.uniform() * 1000, mode: mode, limit: 2000)
            }
            let matrix = graph.travelTimes(from: points, to: points, mode: mode)
            var unreachable = 0
            for j in points.indices {
                let column = graph.travelTimes(from: points, toPoint: points[j], mode: mode)
                for i in points.indices {
                    #expect(Self.close(column[i], matrix[i][j]), "\(mode) \(i)→\(j)")
                    if matrix[i][j] == .infinity { unreachable += 1 }
                }
            }
            #expect(unreachable < points.count * points.count)
        }
    }
}
