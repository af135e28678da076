import Foundation

/// Runs blocking work (a subprocess, a socket read) on a thread of its own and awaits it.
///
/// Tests that talk to a server running in the same process must not block a thread of
/// Swift's cooperative pool while they wait: the server's handlers run on that pool, which
/// has one thread per core. On a two-core CI machine two such tests waiting at once held
/// both threads, and neither server could answer (a deadlock that lasted until CI's limit).
public enum OwnThread {
    /// `body`'s result, computed on a new thread.
    public static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread { continuation.resume(with: Result { try body() }) }
        }
    }
}
