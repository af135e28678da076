import Foundation

/// A process-wide value behind a POSIX mutex (`NSLock`), for the pools of GEOS sessions and
/// PROJ handles.
///
/// ThreadSanitizer does not see the standard library's `Synchronization.Mutex` lock on
/// Linux (it waits on a futex, not through pthreads), so every `withLock` on the two pools
/// was reported as a Swift access race: 215 reports in one run of the suite, and the same
/// 210 with the `Mutex` moved into an object. With a pthread mutex the sanitizer sees the
/// ordering (docs/RELIABILITY.md, "Sanitizers").
final class SharedState<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    /// A lock around `value`.
    init(_ value: Value) { self.value = value }

    /// Runs `body` with the value while holding the lock.
    func withLock<T>(_ body: (inout Value) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}
