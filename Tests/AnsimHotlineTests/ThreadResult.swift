import Foundation

extension Thread {
    /// Runs `body` on a new thread; `wait()` returns its result.
    static func detachNewThreadWithResult(_ body: @escaping @Sendable () throws -> Void) -> ThreadResult {
        let result = ThreadResult()
        Thread.detachNewThread {
            result.finish(Result { try body() })
        }
        return result
    }
}

/// The result of a detached thread.
final class ThreadResult: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var value: Result<Void, any Error> = .success(())
    func finish(_ r: Result<Void, any Error>) {
        value = r
        done.signal()
    }
    func wait() -> Result<Void, any Error> {
        done.wait()
        return value
    }
}
