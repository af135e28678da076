import Dispatch
import Foundation

extension RoadGraph {
    /// Travel times in seconds from every point of `sources` to every point of `targets`
    /// for `mode` (`.infinity` where unreachable): one Dijkstra per source that stops when
    /// the ends of every target edge are settled, sources split over `threads` threads
    /// (each with its own work arrays). The patrol planner's hot path.
    public func travelTimes(
        from sources: [SnappedPoint], to targets: [SnappedPoint], mode: TravelMode, threads: Int = 2
    ) -> [[Double]] {
        guard !sources.isEmpty else { return [] }
        let exits = targets.map { self.exits($0, mode) }
        let vertices = Array(Set(exits.flatMap { $0.map(\.0) }))
        let rows = RowStore(count: sources.count)
        let workers = max(1, min(threads, sources.count))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let search = PathSearch(graph: graph(mode))
            for i in stride(from: worker, to: sources.count, by: workers) {
                search.run(seeds: seeds(sources[i], mode), targets: vertices)
                var row = [Double](repeating: .infinity, count: targets.count)
                for (j, target) in targets.enumerated() {
                    for (v, c) in exits[j] { row[j] = min(row[j], search.forward.distance(v) + c) }
                    if let straight = direct(sources[i], target, mode) { row[j] = min(row[j], straight) }
                }
                rows.set(i, row)
            }
        }
        return rows.rows
    }

    /// Travel times from each of `sources` to the one point `target` (seconds,
    /// `.infinity` when unreachable): the same numbers as ``travelTimes(from:to:mode:threads:)``
    /// with a single target, from **one** Dijkstra run backwards from the target over
    /// incoming arcs until every source's edge ends are settled, on a pooled search.
    public func travelTimes(from sources: [SnappedPoint], toPoint target: SnappedPoint, mode: TravelMode) -> [Double] {
        guard !sources.isEmpty else { return [] }
        let starts = sources.map { seeds($0, mode) }
        let vertices = Array(Set(starts.flatMap { $0.map(\.0) }))
        return searches.with(graph(mode)) { search in
            search.run(seeds: exits(target, mode), targets: vertices, reverse: true)
            return sources.indices.map { i in
                var best = Double.infinity
                for (v, c) in starts[i] { best = min(best, c + search.forward.distance(v)) }
                if let straight = direct(sources[i], target, mode) { best = min(best, straight) }
                return best
            }
        }
    }

    /// Travel times from one vertex to many (seconds, `.infinity` when unreachable).
    public func travelTimes(fromVertex source: Int32, to targets: [Int32], mode: TravelMode) -> [Double] {
        PathSearch(graph: graph(mode)).oneToMany(from: source, to: targets)
    }
}

/// Rows written by several threads, each row by exactly one.
private final class RowStore: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var rows: [[Double]]

    init(count: Int) { rows = Array(repeating: [], count: count) }

    func set(_ i: Int, _ row: [Double]) {
        lock.lock()
        rows[i] = row
        lock.unlock()
    }
}
