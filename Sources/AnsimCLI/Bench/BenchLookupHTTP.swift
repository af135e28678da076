import AnsimLookup
import AnsimLookupServer
import AnsimLookupStore
import AnsimServer
import AnsimStore
import AnsimSupport
import Foundation
import Hummingbird
import Logging

/// Stage 5 of `ansim bench lookup`: the server on loopback, `wrk` posting one lookup
/// (with reach) at about `rate` requests/s for `seconds`, as a dispatcher.
enum BenchLookupHTTP {
    static func run(
        store: LookupStore, settings: ConnectionSettings, database: String, bench db: Connection, body: String,
        rate: Int, seconds: Int, port: Int
    ) async throws -> String {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/wrk") else {
            return "5 HTTP: wrk is not installed (apt-get install wrk); skipped"
        }
        guard case .embedded(let cluster) = settings else { return "5 HTTP: needs the embedded cluster; skipped" }
        let host = cluster.socketDirectory.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        let url = "postgresql://\(EmbeddedCluster.superuser)@/\(database)?host=\(host)&port=\(cluster.port)"
        let cipher = try FieldCipher(keys: [1: [UInt8](repeating: 9, count: 32)], currentKeyID: 1)
        let api = APIDatabase(settings: .url(url), maximumConnections: 8)
        let clock = ServerClock.system
        let auth = AuthService(
            database: api, signer: SessionSigner(secret: Array(repeating: 3, count: 32)), cipher: cipher, clock: clock)
        let context = ServerContext(database: api, auth: auth, cipher: cipher, metrics: ServerMetrics(), clock: clock)
        let org = try AccountStore.organisation("bench-police", kind: "police", on: db)
        _ = try AccountStore.create(
            username: "dp.bench", role: .dispatcher, orgID: org, password: "bench password 1", cipher: cipher,
            hasher: PasswordHasher(logN: 4), on: db)
        var logger = Logger(label: "ansim.bench")
        logger.logLevel = .error
        let module = LookupModule(store: store, listen: false)
        let server = ServerApplication(
            configuration: .init(host: "127.0.0.1", port: port), context: context,
            modules: [module], logger: logger)
        let task = Task { try await server.application.runService() }
        defer { task.cancel() }
        var token = ""
        for _ in 0..<50 where token.isEmpty {
            try await Task.sleep(nanoseconds: 200_000_000)
            let r = try? Subprocess.run(
                "/usr/bin/curl", ["-s", "http://127.0.0.1:\(port)/auth/login", "-d", "{\"username\":\"dp.bench\",\"password\":\"bench password 1\"}"])
            if let out = r?.output, let range = out.range(of: "\"token\":\"") {
                token = String(out[range.upperBound...].prefix { $0 != "\"" })
            }
        }
        guard !token.isEmpty else { return "5 HTTP: the server did not answer the log-in; skipped" }
        // Paced on a fixed schedule (open loop, as far as wrk allows): Debian's wrk 4.1 has
        // no rate option, so delay() hands each connection the next free send slot of a
        // clock shared by all (LuaJIT's ffi reads CLOCK_MONOTONIC); a late answer does not
        // push the schedule back, and 16 connections leave room for 32 ms answers at 500/s.
        let connections = 16
        let script = """
            local ffi = require("ffi")
            ffi.cdef[[
            typedef struct { long sec; long nsec; } ansim_ts;
            int clock_gettime(int clock, ansim_ts *t);
            ]]
            local ts = ffi.new("ansim_ts")
            local function now_ms()
              ffi.C.clock_gettime(1, ts)
              return tonumber(ts.sec) * 1000 + tonumber(ts.nsec) / 1e6
            end
            local interval = 1000 / \(rate)
            local slot = nil
            wrk.method = "POST"
            wrk.body = [[\(body)]]
            wrk.headers["Content-Type"] = "application/json"
            wrk.headers["Authorization"] = "Bearer \(token)"
            function delay()
              local t = now_ms()
              if slot == nil then slot = t end
              local mine = slot
              slot = slot + interval
              if mine <= t then return 0 end
              return mine - t
            end
            """
        let path = "/tmp/ansim-bench-lookup-\(getpid()).lua"
        try script.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let r = try Subprocess.run(
            "/usr/bin/wrk",
            ["-t", "1", "-c", "\(connections)", "-d", "\(seconds)s", "--latency", "-s", path, "http://127.0.0.1:\(port)/lookup"])
        let flushStart = DispatchTime.now().uptimeNanoseconds
        await module.flushAudit()
        let flushMs = Double(DispatchTime.now().uptimeNanoseconds - flushStart) / 1e6
        let audited = try db.query(
            "SELECT count(*)::int FROM ansim_audit WHERE action LIKE 'lookup %'", purpose: "count the audit records"
        )[0].decode(Int.self, at: 0)
        let lines = r.output.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let keep = lines.filter {
            $0.hasPrefix("50%") || $0.hasPrefix("90%") || $0.hasPrefix("99%") || $0.hasPrefix("Requests/sec")
                || $0.contains("requests in") || $0.hasPrefix("Non-2xx") || $0.hasPrefix("Socket errors")
        }
        return "5 HTTP POST /lookup (with reach), wrk -t1 -c\(connections) -d\(seconds)s paced to \(rate)/s (fixed schedule):\n   "
            + keep.joined(separator: "\n   ")
            + String(format: "\n   audit records of lookups: %d (queue drained %.0f ms after wrk ended)", audited, flushMs)
    }
}
