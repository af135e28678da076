import AnsimStore
import AnsimSupport
import AnsimTestSupport
import Foundation
import Testing

/// Pointing ansim at "an existing server" through libpq's own settings: PG* variables
/// and a password file. (The test cluster stands in for the existing server.)
@Suite struct ExistingServerTests {
    func cluster() throws -> EmbeddedCluster {
        guard case .embedded(let c) = try TestDatabase.settings() else { throw AnsimError("not embedded") }
        return c
    }

    @Test func pgVariablesSelectTheServer() throws {
        let c = try cluster()
        var env = TestEnvironment.environment(home: "/nonexistent/never-created")
        env["PGHOST"] = c.socketDirectory
        env["PGUSER"] = EmbeddedCluster.superuser
        env["PGDATABASE"] = EmbeddedCluster.database
        let result = try TestEnvironment.ansim(["db", "status", "--json"], environment: env)
        #expect(result.status == 0, "\(result.error)")
        let json = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        #expect(json?["mode"] as? String == "environment")
        #expect((json?["postgis"] as? String)?.hasPrefix("3.") == true)
        #expect(json?["data_directory"] as? String == c.dataDirectory)
        #expect(!FileManager.default.fileExists(atPath: "/nonexistent/never-created"))
    }

    @Test func passwordFileIsHonoured() throws {
        let c = try cluster()
        let db = try TestDatabase.connect()
        let role = "passfile_\(UInt32.random(in: 0...UInt32.max))"
        try db.executeScript(
            "CREATE ROLE \(db.quoteIdentifier(role)) LOGIN PASSWORD 's3cret:with\\colon' IN ROLE pg_read_all_data",
            purpose: "create role")
        defer { _ = try? db.executeScript("DROP ROLE \(db.quoteIdentifier(role))", purpose: "drop role") }
        let dir = try TestEnvironment.temporaryFolder("ansim-passfile")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let passfile = dir + "/pgpass"
        // host:port:database:user:password, with ':' and '\' escaped in the password.
        try "\(c.socketDirectory):5432:ansim:\(role):s3cret\\:with\\\\colon\n"
            .write(toFile: passfile, atomically: true, encoding: .utf8)
        chmod(passfile, 0o600)
        let host = c.socketDirectory.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
        var env = TestEnvironment.environment()
        env["DATABASE_URL"] = "postgresql://\(role)@/ansim?host=\(host)&port=5432"
        env["PGPASSFILE"] = passfile
        let ok = try TestEnvironment.ansim(["db", "status", "--json"], environment: env)
        #expect(ok.status == 0, "\(ok.error)")
        let json = try JSONSerialization.jsonObject(with: Data(ok.output.utf8)) as? [String: Any]
        #expect(json?["mode"] as? String == "url")
        env["PGPASSFILE"] = dir + "/missing"
        let denied = try TestEnvironment.ansim(["db", "status"], environment: env)
        #expect(denied.status == 1)
        #expect(denied.error.contains("password"))
    }
}
