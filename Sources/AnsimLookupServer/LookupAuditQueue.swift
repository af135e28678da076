import AnsimLookupStore
import AnsimServer
import AnsimStore
import Dispatch
import Logging
import ServiceLifecycle
import Synchronization

/// The audit records of `POST /lookup`, written off the request path: the handler
/// enqueues the record and answers; one writer appends everything queued in one
/// transaction (group commit: one WAL flush for the batch), then the next batch, so a
/// record reaches the hash chain a few milliseconds after its answer. Each record keeps
/// its requester's role, user, organisation, client and purpose (`SET LOCAL ROLE` and
/// `set_config` per record inside the batch), exactly as a per-request scope wrote them.
///
/// Durability: a lookup is answered before its record is committed; if the server dies
/// in that window (normally a few ms; longer while the database is unreachable) the
/// records still queued are lost. A batch that fails is retried (up to 50 times, 0.1 s
/// apart), then logged as an error with its records.
final class LookupAuditQueue: Sendable {
    struct Entry: Sendable {
        var username: String
        var orgID: Int64
        var role: String
        var client: String
        var purpose: String
        var action: String
        var subject: String
    }

    private struct State {
        var pending: [Entry] = []
        var writing = false
        var waiters: [CheckedContinuation<Void, Never>] = []
    }

    private let state = Mutex(State())
    private let database = Mutex<APIDatabase?>(nil)
    private let logger = Logger(label: "ansim.lookup.audit")

    /// The database the records go to (set when the module registers its routes).
    func attach(_ db: APIDatabase) { database.withLock { $0 = db } }

    /// Queues a record; a writer starts when none runs.
    func enqueue(_ e: Entry) {
        let start = state.withLock { s -> Bool in
            s.pending.append(e)
            if s.writing { return false }
            s.writing = true
            return true
        }
        if start { Task.detached { await self.drain() } }
    }

    /// Returns when every record queued before the call is committed (or given up).
    func flush() async {
        await withCheckedContinuation { (c: CheckedContinuation<Void, Never>) in
            let idle = state.withLock { s -> Bool in
                if !s.writing && s.pending.isEmpty { return true }
                s.waiters.append(c)
                return false
            }
            if idle { c.resume() }
        }
    }

    /// Records queued and not yet committed.
    var backlog: Int { state.withLock { $0.pending.count } }

    private func drain() async {
        while true {
            let batch = state.withLock { s -> [Entry] in
                let b = s.pending
                s.pending.removeAll(keepingCapacity: true)
                return b
            }
            if batch.isEmpty {
                let waiters = state.withLock { s -> [CheckedContinuation<Void, Never>]? in
                    guard s.pending.isEmpty else { return nil }
                    s.writing = false
                    defer { s.waiters.removeAll() }
                    return s.waiters
                }
                guard let waiters else { continue }
                for w in waiters { w.resume() }
                return
            }
            var attempt = 0
            while true {
                do {
                    try await write(batch)
                    break
                } catch {
                    attempt += 1
                    if attempt >= 50 {
                        logger.error(
                            "audit records not written",
                            metadata: ["count": "\(batch.count)", "error": "\(error)",
                                       "records": "\(batch.map { "\($0.username) \($0.subject) \($0.action)" })"])
                        break
                    }
                    try? await Task.sleep(nanoseconds: 100_000_000)
                }
            }
        }
    }

    private func write(_ batch: [Entry]) async throws {
        guard let db = database.withLock({ $0 }) else { throw AnsimAuditQueueError.notAttached }
        try await db.pool.withConnection { connection in
            try await withCheckedThrowingContinuation { (k: CheckedContinuation<Void, Error>) in
                DispatchQueue.global().async {
                    k.resume(with: Result { try Self.write(batch, on: connection) })
                }
            }
        }
    }

    /// One transaction: per record, its role and settings, then `ansim_audit_append`.
    static func write(_ batch: [Entry], on connection: Connection) throws {
        let first = batch[0]
        try APIDatabase.transaction(
            connection, role: first.role, settings: settings(first), purpose: "audit \(batch.count) lookups"
        ) { c in
            var previous = first
            for (i, e) in batch.enumerated() {
                if i > 0, e.role != previous.role {
                    guard e.role.allSatisfy({ $0.isLetter || $0 == "_" }) else { throw AnsimAuditQueueError.badRole }
                    try c.executeScript("SET LOCAL ROLE \(e.role)", purpose: "audit as \(e.role)")
                }
                if i > 0, settings(e).map { $0.1 } != settings(previous).map { $0.1 } {
                    try c.query(
                        """
                        SELECT set_config('ansim.user', $1, true), set_config('ansim.org_id', $2, true),
                          set_config('ansim.client', $3, true), set_config('ansim.purpose', $4, true)
                        """, settings(e).map { $0.1 as any PostgresEncodable }, purpose: "set the requester")
                }
                previous = e
                try LookupAudit.append(action: e.action, subject: e.subject, purpose: e.purpose, role: e.role, on: c)
            }
        }
    }

    static func settings(_ e: Entry) -> [(String, String)] {
        [("ansim.user", e.username), ("ansim.org_id", String(e.orgID)), ("ansim.client", e.client), ("ansim.purpose", e.purpose)]
    }
}

enum AnsimAuditQueueError: Error {
    case notAttached
    case badRole
}

/// Flushes the audit queue when the server shuts down gracefully.
struct LookupAuditFlush: Service {
    let queue: LookupAuditQueue

    func run() async throws {
        try? await gracefulShutdown()
        await queue.flush()
    }
}
