import AnsimStore
import AnsimTestSupport
import Foundation
import Testing

/// Bad settings give one clear line, never a crash or a hang.
@Suite struct ConnectionErrorTests {
    @Test func unreachableServer() throws {
        let started = Date()
        let error = #expect(throws: StoreError.self) {
            try Connection(.url("postgresql://ansim@127.0.0.1:1/ansim?connect_timeout=3"))
        }
        #expect(Date().timeIntervalSince(started) < 30)
        let text = try #require(error?.description)
        #expect(!text.contains("\n"))
        #expect(text.contains("Connection refused"), "\(text)")
        #expect(text.hasPrefix("could not connect to the database (postgresql://ansim@127.0.0.1:1/ansim"))
    }

    @Test func wrongPassword() throws {
        let db = try TestDatabase.connect()
        let role = "pw_test_\(UInt32.random(in: 0...UInt32.max))"
        // Role names cannot be parameters; the generated name is quoted as an identifier.
        try db.executeScript(
            "CREATE ROLE \(db.quoteIdentifier(role)) LOGIN PASSWORD 'right-horse-battery'",
            purpose: "create a role")
        defer { _ = try? db.executeScript("DROP ROLE \(db.quoteIdentifier(role))", purpose: "drop the role") }
        guard case .embedded(let cluster) = try TestDatabase.settings() else {
            Issue.record("the tests run on the embedded cluster")
            return
        }
        let keywords = [
            ("host", cluster.socketDirectory), ("port", "5432"), ("dbname", "ansim"),
            ("user", role), ("password", "wrong"),
        ]
        let error = #expect(throws: StoreError.self) {
            try Connection(keywords: keywords, target: "test")
        }
        #expect(error?.sqlState == StoreError.Code.invalidPassword)
        #expect(error?.description.contains("password authentication failed") == true)
        #expect(error?.description.contains("\n") == false)
        // And the right password works.
        let ok = try Connection(
            keywords: Array(keywords.dropLast()) + [("password", "right-horse-battery")], target: "test")
        #expect(ok.isHealthy)
    }

    @Test func missingDatabase() throws {
        let settings = try TestDatabase.settings()
        let error = #expect(throws: StoreError.self) {
            try Connection(settings, database: "no_such_database_here")
        }
        #expect(error?.sqlState == StoreError.Code.undefinedDatabase)
    }

    @Test func settingsPrecedenceAndRedaction() throws {
        #expect(
            try ConnectionSettings.resolve(environment: [
                "DATABASE_URL": "postgresql://u:secret@h/db", "PGHOST": "x",
            ]) == .url("postgresql://u:secret@h/db"))
        #expect(
            try ConnectionSettings.resolve(environment: ["PGHOST": "db.example", "HOME": "/"]) == .environment
        )
        if case .embedded(let c) = try ConnectionSettings.resolve(environment: ["ANSIM_HOME": "/tmp/ansim-x"])
        {
            #expect(c.home == "/tmp/ansim-x")
            #expect(c.url.hasPrefix("postgresql://ansim@/ansim?host="))
        } else {
            Issue.record("no settings should mean the embedded cluster")
        }
        #expect(ConnectionSettings.url("postgresql://u:secret@h/db").redacted == "postgresql://u:***@h/db")
        #expect(
            ConnectionSettings.url("host=h password=secret dbname=x").redacted
                == "host=h password=*** dbname=x")
        let keywords = ConnectionSettings.url("postgresql://h/db").keywords(environment: [:])
        #expect(keywords.first { $0.0 == "connect_timeout" }?.1 == "10")
        #expect(
            !ConnectionSettings.url("postgresql://h/db").keywords(environment: ["PGCONNECT_TIMEOUT": "3"])
                .contains { $0.0 == "connect_timeout" })
    }
}
