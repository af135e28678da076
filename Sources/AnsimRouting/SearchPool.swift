import Foundation

/// Idle ``PathSearch``es of one ``RoadGraph``, per mode, lent to one caller at a time so
/// that a search's work arrays (five per vertex and direction) are allocated once per
/// thread rather than once per query.
final class SearchPool: @unchecked Sendable {
    private let lock = NSLock()
    private var idle: [[PathSearch]] = Array(repeating: [], count: TravelMode.allCases.count)
    /// Searches kept per mode (more are made when needed and dropped when returned).
    static let limit = 16

    /// Runs `body` with a search on `graph`, taken from the pool or made.
    func with<T>(_ graph: CSRGraph, _ body: (PathSearch) throws -> T) rethrows -> T {
        let m = graph.mode.index
        lock.lock()
        let search = idle[m].popLast() ?? PathSearch(graph: graph)
        lock.unlock()
        defer {
            lock.lock()
            if idle[m].count < Self.limit { idle[m].append(search) }
            lock.unlock()
        }
        return try body(search)
    }
}
