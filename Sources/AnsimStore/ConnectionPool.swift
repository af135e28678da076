import Foundation
import Synchronization

/// A bounded pool of connections for concurrent work (the HTTP server, parallel loads).
///
/// `withConnection` lends a connection to one task at a time; when all
/// `maximumConnections` are lent, callers wait (without blocking a thread) until
/// one is returned. Broken connections are closed and replaced on the next borrow.
public final class ConnectionPool: Sendable {
    /// How connections are opened.
    public let settings: ConnectionSettings
    /// The most connections open at once.
    public let maximumConnections: Int
    private let open: @Sendable () throws -> Connection
    private let state = Mutex(State())

    private struct State {
        var idle: [Connection] = []
        var opened = 0
        var waiters: [CheckedContinuation<Connection?, Never>] = []
        var closed = false
    }

    /// Creates a pool; no connection is opened until the first borrow.
    public init(settings: ConnectionSettings, maximumConnections: Int = 8) {
        precondition(maximumConnections > 0)
        self.settings = settings
        self.maximumConnections = maximumConnections
        self.open = { try Connection(settings, purpose: "open a pooled connection") }
    }

    /// Lends a connection to `body` and takes it back afterwards.
    public func withConnection<T: Sendable>(_ body: (Connection) async throws -> T) async throws -> T {
        let connection = try await acquire()
        do {
            let value = try await body(connection)
            release(connection)
            return value
        } catch {
            release(connection)
            throw error
        }
    }

    /// Connections currently open (lent or idle).
    public var openConnections: Int { state.withLock { $0.opened } }

    /// Closes idle connections and refuses new borrows.
    public func close() {
        let idle = state.withLock { s -> [Connection] in
            s.closed = true
            defer { s.idle.removeAll() }
            s.opened -= s.idle.count
            let waiters = s.waiters
            s.waiters.removeAll()
            waiters.forEach { $0.resume(returning: nil) }
            return s.idle
        }
        _ = idle  // released here, closing each
    }

    private enum Next {
        case reuse(Connection)
        case openNew
        case wait
        case closed
    }

    private func acquire() async throws -> Connection {
        while true {
            let next = state.withLock { s -> Next in
                if s.closed { return .closed }
                if let c = s.idle.popLast() { return .reuse(c) }
                if s.opened < maximumConnections {
                    s.opened += 1
                    return .openNew
                }
                return .wait
            }
            switch next {
            case .closed:
                throw StoreError(purpose: "borrow a connection", message: "the pool is closed")
            case .reuse(let c):
                if c.isHealthy { return c }
                state.withLock { $0.opened -= 1 }
            case .openNew:
                do {
                    return try open()
                } catch {
                    state.withLock { $0.opened -= 1 }
                    throw error
                }
            case .wait:
                let handed = await withCheckedContinuation { continuation in
                    let ready = state.withLock { s -> Connection? in
                        if let c = s.idle.popLast() { return c }
                        s.waiters.append(continuation)
                        return nil
                    }
                    if let ready { continuation.resume(returning: ready) }
                }
                if let handed {
                    if handed.isHealthy { return handed }
                    state.withLock { $0.opened -= 1 }
                }
            }
        }
    }

    private func release(_ connection: Connection) {
        let healthy = connection.isHealthy
        let waiter = state.withLock { s -> CheckedContinuation<Connection?, Never>? in
            if !healthy || s.closed {
                s.opened -= 1
                // A waiter may now open a fresh connection itself.
                return s.waiters.isEmpty ? nil : s.waiters.removeFirst()
            }
            if !s.waiters.isEmpty { return s.waiters.removeFirst() }
            s.idle.append(connection)
            return nil
        }
        guard let waiter else { return }
        waiter.resume(returning: healthy && !state.withLock { $0.closed } ? connection : nil)
    }
}
