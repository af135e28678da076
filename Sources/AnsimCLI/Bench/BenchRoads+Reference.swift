import AnsimRouting
import AnsimStore
import Dispatch
import Foundation

extension BenchRoads {
    /// The edges query pgRouting reads for this mode.
    func edgesSQL(_ graphID: Int) -> String {
        "SELECT id, source, target, cost_\(mode.rawValue) AS cost, reverse_cost_\(mode.rawValue) AS reverse_cost "
            + "FROM road_edge WHERE graph_id = \(graphID)"
    }

    /// pgr_dijkstra once per pair: the costs (nil when unreachable) and the seconds taken.
    func pgrOneToOne(
        _ pairs: [(Int32, Int32)], graphID: Int, on c: Connection
    ) throws -> (costs: [Double?], seconds: Double) {
        var costs: [Double?] = []
        let sql = "SELECT agg_cost FROM pgr_dijkstra($1, $2::bigint, $3::bigint, true) WHERE edge = -1"
        var failure: (any Error)?
        let seconds = Self.time {
            do {
                for (s, t) in pairs {
                    if s == t {
                        _ = try c.query(
                            sql, [edgesSQL(graphID), Int(s) + 1, Int(t) + 1], purpose: "pgr_dijkstra")
                        costs.append(0)
                        continue
                    }
                    let rows = try c.query(
                        sql, [edgesSQL(graphID), Int(s) + 1, Int(t) + 1], purpose: "pgr_dijkstra")
                    costs.append(try rows.first?.decode(Double.self, at: 0))
                }
            } catch { failure = error }
        }
        if let failure { throw failure }
        return (costs, seconds)
    }

    /// pgr_dijkstraCost many-to-many on `points` × `points`.
    func pgrMatrix(_ points: [Int32], graphID: Int, on c: Connection) throws -> (
        costs: [[Double?]], seconds: Double
    ) {
        let ids = points.map { Int($0) + 1 }
        var rows: QueryResult?
        var failure: (any Error)?
        let seconds = Self.time {
            do {
                rows = try c.query(
                    "SELECT start_vid, end_vid, agg_cost FROM pgr_dijkstraCost($1, $2::bigint[], $3::bigint[], true)",
                    [edgesSQL(graphID), ids, ids], purpose: "pgr_dijkstraCost")
            } catch { failure = error }
        }
        if let failure { throw failure }
        var byPair: [[Int]: Double] = [:]
        for row in rows! {
            byPair[[try row.decode(at: 0), try row.decode(at: 1)]] = try row.decode(Double.self, at: 2)
        }
        let costs = ids.map { s in ids.map { t in s == t ? 0 : byPair[[s, t]] } }
        return (costs, seconds)
    }

    /// Ansim's matrix between vertices: one-to-many Dijkstra per source on `threads` threads.
    func matrixTimes(_ roads: RoadGraph, _ points: [Int32], threads: Int) -> [[Double]] {
        let graph = roads.graph(mode)
        let box = BenchRows(count: points.count)
        DispatchQueue.concurrentPerform(iterations: threads) { worker in
            let search = PathSearch(graph: graph)
            for i in stride(from: worker, to: points.count, by: threads) {
                box.set(i, search.oneToMany(from: points[i], to: points))
            }
        }
        return box.rows
    }

    /// Wall-clock seconds of `body`: the fastest of `rounds` runs.
    static func time(_ rounds: Int = 1, _ body: () -> Void) -> Double {
        var best = Double.infinity
        for _ in 0..<rounds {
            let start = ContinuousClock.now
            body()
            let d = ContinuousClock.now - start
            best = min(best, Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18)
        }
        return best
    }

    /// Equal to 1e-6 relative, or both unreachable.
    static func same(_ a: Double?, _ b: Double?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return abs(a - b) <= 1e-6 * max(1, b)
    }
}

/// Matrix rows written by several threads, each row by one.
final class BenchRows: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var rows: [[Double]]
    init(count: Int) { rows = Array(repeating: [], count: count) }
    func set(_ i: Int, _ row: [Double]) {
        lock.lock()
        rows[i] = row
        lock.unlock()
    }
}

/// A seeded generator (SplitMix64) for the benchmark's pairs.
struct BenchRandom {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func pick(_ from: [Int32]) -> Int32 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return from[Int((z ^ (z >> 31)) % UInt64(from.count))]
    }
}

/// One line of the benchmark table.
struct BenchRoadsRow {
    var method: String
    var paths: Int
    var seconds: Double
    var rate: Double { Double(paths) / max(seconds, 1e-9) }

    /// Prints the table with each Ansim rate's ratio to pgRouting's one-to-one and
    /// many-to-many rates.
    static func print(_ rows: [BenchRoadsRow], oneToOne: BenchRoadsRow, manyToMany: BenchRoadsRow) {
        Swift.print(
            "method".padding(toLength: 46, withPad: " ", startingAt: 0)
                + "    paths   seconds      paths/s  ×pgr 1:1  ×pgr m:m")
        for r in rows {
            Swift.print(
                r.method.padding(toLength: 46, withPad: " ", startingAt: 0)
                    + String(
                        format: " %8d %9.3f %12.0f %9.1f %9.2f", r.paths, r.seconds, r.rate,
                        r.rate / oneToOne.rate,
                        r.rate / manyToMany.rate))
        }
    }
}
