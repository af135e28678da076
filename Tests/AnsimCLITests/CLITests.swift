import AnsimStore
import AnsimSupport
import AnsimTestSupport
import Foundation
import Testing

/// The `ansim` executable as a user runs it.
@Suite struct CLITests {
    @Test func statusJSONShowsPostGISAndPgRouting() throws {
        _ = try TestDatabase.settings()  // started and migrated
        let result = try TestEnvironment.ansim(
            ["db", "status", "--json"], environment: TestEnvironment.environment())
        #expect(result.status == 0, "\(result.error)")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(json["mode"] as? String == "embedded")
        #expect(json["state"] as? String == "running")
        #expect((json["postgresql"] as? String)?.hasPrefix("15.") == true)
        #expect((json["postgis"] as? String)?.hasPrefix("3.") == true)
        #expect((json["pgrouting"] as? String)?.hasPrefix("3.") == true)
        #expect(json["data_directory"] as? String == (try embedded()).dataDirectory)
        let migrations = try #require(json["migrations"] as? [[String: Any]])
        #expect(migrations.first?["name"] as? String == "001_base.sql")
        #expect((json["pending_migrations"] as? [Any])?.isEmpty == true)
    }

    @Test func urlWorksWithPsql() throws {
        _ = try TestDatabase.settings()
        let url = try TestEnvironment.ansim(["db", "url"], environment: TestEnvironment.environment())
        #expect(url.status == 0)
        let psql = try #require(Subprocess.which("psql"))
        let result = try Subprocess.run(
            psql,
            [
                "-X", "-At", url.output.trimmingCharacters(in: .whitespacesAndNewlines), "-c",
                "SELECT postgis_lib_version()",
            ])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.hasPrefix("3."))
        let viaAnsim = try TestEnvironment.ansim(
            ["db", "psql", "-At", "-c", "SELECT count(*) FROM ansim_schema_migration"],
            environment: TestEnvironment.environment())
        #expect(viaAnsim.status == 0)
        #expect(Int(viaAnsim.output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0 >= 1)
    }

    @Test func migrateTwiceChangesNothing() throws {
        _ = try TestDatabase.settings()
        let result = try TestEnvironment.ansim(["db", "migrate"], environment: TestEnvironment.environment())
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("schema up to date"))
    }

    @Test func helpReadsLikeAManPage() throws {
        let result = try TestEnvironment.ansim(["db", "--help"], environment: TestEnvironment.environment())
        #expect(result.status == 0)
        for sub in ["init", "start", "stop", "status", "migrate", "url", "psql"] {
            #expect(result.output.contains(sub))
        }
        let bad = try TestEnvironment.ansim(["db", "launch"], environment: TestEnvironment.environment())
        #expect(bad.status == 64)
    }

    func embedded() throws -> EmbeddedCluster {
        guard case .embedded(let c) = try TestDatabase.settings() else { throw AnsimError("not embedded") }
        return c
    }
}

/// One line on standard error and a non-zero exit for each kind of bad setting.
@Suite struct BadSettingsTests {
    func expectOneLineFailure(_ result: Subprocess.Result, containing text: String) {
        #expect(result.status == 1)
        let lines = result.error.split(whereSeparator: \.isNewline)
        #expect(lines.count == 1, "stderr: \(result.error)")
        #expect(result.error.hasPrefix("ansim: error: "))
        #expect(result.error.contains(text), "stderr: \(result.error)")
    }

    @Test func unreachableServer() throws {
        var env = TestEnvironment.environment()
        env["DATABASE_URL"] = "postgresql://ansim@127.0.0.1:1/ansim?connect_timeout=3"
        let result = try TestEnvironment.ansim(["db", "status"], environment: env)
        expectOneLineFailure(result, containing: "Connection refused")
    }

    @Test func wrongPassword() throws {
        let db = try TestDatabase.connect()
        guard case .embedded(let cluster) = try TestDatabase.settings() else { return }
        let role = "cli_pw_\(UInt32.random(in: 0...UInt32.max))"
        try db.executeScript(
            "CREATE ROLE \(db.quoteIdentifier(role)) LOGIN PASSWORD 'correct'", purpose: "create role")
        defer { _ = try? db.executeScript("DROP ROLE \(db.quoteIdentifier(role))", purpose: "drop role") }
        var env = TestEnvironment.environment()
        let host = cluster.socketDirectory.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
        env["DATABASE_URL"] = "postgresql://\(role):wrong@/ansim?host=\(host)"
        let result = try TestEnvironment.ansim(["db", "status"], environment: env)
        expectOneLineFailure(result, containing: "password authentication failed")
        #expect(!result.error.contains(":wrong@"), "the password must not be printed")
    }

    @Test func unwritableDataFolder() throws {
        // A folder cannot be made under a regular file, even by root.
        let env = TestEnvironment.environment(home: "/etc/hostname/ansim")
        let result = try TestEnvironment.ansim(["db", "start"], environment: env)
        expectOneLineFailure(result, containing: "cannot create the data folder /etc/hostname/ansim")
        if geteuid() != 0 {
            let dir = try TestEnvironment.temporaryFolder("ansim-readonly")
            chmod(dir, 0o555)
            defer { chmod(dir, 0o755) }
            let ro = try TestEnvironment.ansim(
                ["db", "start"], environment: TestEnvironment.environment(home: dir + "/home"))
            expectOneLineFailure(ro, containing: "Permission denied")
        }
    }

    @Test func socketInUseByAnotherServer() throws {
        let home = try TestEnvironment.temporaryFolder("ansim-socket")
        defer { try? FileManager.default.removeItem(atPath: home) }
        let env = TestEnvironment.environment(home: home)
        let cluster = try EmbeddedCluster(environment: env)
        try FileManager.default.createDirectory(
            atPath: cluster.socketDirectory, withIntermediateDirectories: true)
        let listener = try UnixListener(path: cluster.socketPath)
        defer { listener.close() }
        let result = try TestEnvironment.ansim(["db", "start"], environment: env)
        expectOneLineFailure(result, containing: "is in use by another server")
    }

    @Test func startCommandRefusesAnExistingServer() throws {
        var env = TestEnvironment.environment()
        env["DATABASE_URL"] = "postgresql://somewhere/db"
        let result = try TestEnvironment.ansim(["db", "stop"], environment: env)
        expectOneLineFailure(result, containing: "manages the embedded cluster")
    }
}

/// A listening Unix socket standing in for a foreign server.
final class UnixListener {
    let fd: Int32
    let path: String

    init(path: String) throws {
        self.path = path
        fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            let bytes = Array(path.utf8)
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard bound == 0, listen(fd, 4) == 0 else { throw AnsimError("cannot listen on \(path)") }
    }

    func close() {
        _ = Glibc.close(fd)
        unlink(path)
    }
}
