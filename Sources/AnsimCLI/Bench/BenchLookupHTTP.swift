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
        let server = ServerApplication(
            configuration: .init(host: "127.0.0.1", port: port), context: context,
            modules: [LookupModule(store: store, listen: false)], logger: logger)
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
        let connections = 5
        let script = """
            wrk.method = "POST"
            wrk.body = [[\(body)]]
            wrk.headers["Content-Type"] = "application/json"
            wrk.headers["Authorization"] = "Bearer \(token)"
            function delay() return \(1000 * connections / rate) end
            """
        let path = "/tmp/ansim-bench-lookup-\(getpid()).lua"
        try script.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let r = try Subprocess.run(
            "/usr/bin/wrk",
            ["-t", "1", "-c", "\(connections)", "-d", "\(seconds)s", "--latency", "-s", path, "http://127.0.0.1:\(port)/lookup"])
        let lines = r.output.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let keep = lines.filter {
            $0.hasPrefix("50%") || $0.hasPrefix("90%") || $0.hasPrefix("99%") || $0.hasPrefix("Requests/sec")
                || $0.contains("requests in") || $0.hasPrefix("Non-2xx") || $0.hasPrefix("Socket errors")
        }
        return "5 HTTP POST /lookup (with reach), wrk -t1 -c\(connections) -d\(seconds)s paced to ~\(rate)/s:\n   "
            + keep.joined(separator: "\n   ")
    }
}
