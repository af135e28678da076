import Dispatch
import Foundation
import Synchronization

/// Runs independent pieces of work on all cores (two on the reference machine).
enum Parallel {
    /// `body(0) … body(count − 1)`, concurrently; results in index order. The first
    /// error thrown (by index) is rethrown after all pieces finish.
    static func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int) throws -> T) throws -> [T] {
        if count <= 1 { return try (0..<count).map(body) }
        let results = Mutex<[Result<T, any Error>?]>(Array(repeating: nil, count: count))
        DispatchQueue.concurrentPerform(iterations: count) { i in
            let r = Result { try body(i) }
            results.withLock { $0[i] = r }
        }
        return try results.withLock { $0 }.map { try $0!.get() }
    }

    /// Splits 0..<n into one contiguous chunk per core and maps each chunk.
    static func chunks<T: Sendable>(_ n: Int, _ body: @Sendable (Range<Int>) -> T) -> [T] {
        let parts = max(1, min(ProcessInfo.processInfo.activeProcessorCount, n / 2048))
        let ranges = (0..<parts).map { k in (n * k / parts)..<(n * (k + 1) / parts) }
        return try! map(parts) { body(ranges[$0]) }
    }
}
