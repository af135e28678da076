import AnsimStore
import AnsimTestSupport
import Testing

/// The pool never opens more than its bound, and replaces broken connections.
@Suite struct ConnectionPoolTests {
    @Test func boundsConcurrentConnections() async throws {
        let pool = ConnectionPool(settings: try TestDatabase.settings(), maximumConnections: 3)
        let pids = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<12 {
                group.addTask {
                    try await pool.withConnection { c in
                        let pid = try c.query("SELECT pg_backend_pid()", purpose: "pid")[0].decode(
                            Int.self, at: 0)
                        _ = try c.query("SELECT pg_sleep(0.02)", purpose: "work")
                        return pid
                    }
                }
            }
            var all: [Int] = []
            for try await pid in group { all.append(pid) }
            return all
        }
        #expect(pids.count == 12)
        #expect(Set(pids).count <= 3)
        #expect(pool.openConnections <= 3)
        pool.close()
    }

    @Test func replacesBrokenConnections() async throws {
        let pool = ConnectionPool(settings: try TestDatabase.settings(), maximumConnections: 1)
        let first = try await pool.withConnection { c in
            try c.query("SELECT pg_backend_pid()", purpose: "pid")[0].decode(Int.self, at: 0)
        }
        let admin = try TestDatabase.connect()
        try admin.execute("SELECT pg_terminate_backend($1)", [first], purpose: "kill a pooled backend")
        // The first borrower after the kill finds the connection dead when it uses it.
        _ = try? await pool.withConnection { c in
            try c.query("SELECT 1", purpose: "use a dead connection")[0].decode(Int.self, at: 0)
        }
        let second = try await pool.withConnection { c in
            try c.query("SELECT pg_backend_pid()", purpose: "pid")[0].decode(Int.self, at: 0)
        }
        #expect(second != first)
        pool.close()
        await #expect(throws: StoreError.self) {
            try await pool.withConnection { _ in 1 }
        }
    }
}
