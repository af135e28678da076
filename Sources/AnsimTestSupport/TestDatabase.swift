import AnsimStore
import AnsimSupport
import Foundation

/// The test cluster, started and migrated once per test process.
public enum TestDatabase {
    private static let ready: Result<ConnectionSettings, any Error> = Result {
        let env = TestEnvironment.environment()
        let settings = try ConnectionSettings.resolve(environment: env)
        let connection = try Database.connect(settings, environment: env)
        _ = connection
        return settings
    }

    /// The test cluster's settings (starting and migrating it on first use).
    public static func settings() throws -> ConnectionSettings {
        try ready.get()
    }

    /// A new connection to the migrated test database.
    public static func connect() throws -> Connection {
        try Connection(settings())
    }

    /// A new, empty database on the test cluster (for tests that need a clean schema).
    public static func scratchDatabase(_ prefix: String) throws -> (name: String, connection: Connection) {
        let admin = try connect()
        let name = "\(prefix)_\(UInt32.random(in: 0...UInt32.max))"
        try admin.executeScript(
            "CREATE DATABASE \(admin.quoteIdentifier(name))", purpose: "create a scratch database")
        return (name, try Connection(settings(), database: name))
    }

    /// Drops a scratch database.
    public static func dropScratch(_ name: String) {
        guard let admin = try? connect() else { return }
        _ = try? admin.executeScript(
            "DROP DATABASE IF EXISTS \(admin.quoteIdentifier(name)) WITH (FORCE)",
            purpose: "drop a scratch database")
    }
}

extension TestDatabase {
    /// A new database on the test cluster with every migration applied.
    public static func migratedScratch(_ prefix: String) throws -> (name: String, connection: Connection) {
        let (name, connection) = try scratchDatabase(prefix)
        try Migrator(directory: TestEnvironment.repositoryRoot + "/sql").migrate(on: connection)
        return (name, connection)
    }

    /// A libpq URI for a database on the test cluster (for running `ansim` against it).
    public static func url(database: String) throws -> String {
        guard case .embedded(let cluster) = try settings() else { throw AnsimError("not embedded") }
        let host = cluster.socketDirectory.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        return "postgresql://\(EmbeddedCluster.superuser)@/\(database)?host=\(host)&port=\(cluster.port)"
    }
}
