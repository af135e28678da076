import AnsimSupport
import Foundation

/// Applies migrations in order, each in its own transaction, and records them with
/// their checksums in `ansim_schema_migration`.
///
/// A migration that was applied and then edited is refused: schema history is
/// append-only, so a change goes into a new file. Concurrent migrators are
/// serialised by an advisory lock.
public struct Migrator: Sendable {
    /// The migrations known to this build, in order.
    public let migrations: [Migration]

    /// The record of one applied migration.
    public struct Applied: Sendable, Equatable, Codable {
        public let version: Int
        public let name: String
        public let checksum: String
        public let appliedAt: Date

        enum CodingKeys: String, CodingKey {
            case version, name, checksum
            case appliedAt = "applied_at"
        }
    }

    /// A migrator for the files in `directory`.
    public init(directory: String) throws {
        migrations = try Migration.load(from: directory)
    }

    /// A migrator for a given list (tests).
    public init(migrations: [Migration]) {
        self.migrations = migrations
    }

    static let lockKey = 7_203_414_233  // any constant; "ansim" on a phone keypad
    static let createTable = """
        CREATE TABLE IF NOT EXISTS ansim_schema_migration (
            version     integer PRIMARY KEY,
            name        text NOT NULL,
            checksum    text NOT NULL,
            applied_at  timestamptz NOT NULL DEFAULT now(),
            duration_ms double precision NOT NULL
        )
        """

    /// The migrations recorded as applied (empty before the first run).
    public func applied(on connection: Connection) throws -> [Applied] {
        let exists = try connection.query(
            "SELECT to_regclass('ansim_schema_migration') IS NOT NULL AS present",
            purpose: "look for the migrations table")
        guard try exists[0].decode(Bool.self, at: 0) else { return [] }
        return try connection.query(
            "SELECT version, name, checksum, applied_at FROM ansim_schema_migration ORDER BY version",
            purpose: "read applied migrations"
        ).decode(Applied.self)
    }

    /// Checks applied migrations against the files and returns the ones still to apply.
    ///
    /// - Throws: when an applied migration's file changed or disappeared.
    public func pending(on connection: Connection) throws -> [Migration] {
        let applied = try applied(on: connection)
        let byVersion = Dictionary(uniqueKeysWithValues: migrations.map { ($0.version, $0) })
        for record in applied {
            guard let file = byVersion[record.version] else {
                throw AnsimError(
                    "migration \(record.name) is applied in the database but missing from this build's sql/ folder"
                )
            }
            guard file.checksum == record.checksum else {
                throw AnsimError(
                    "migration \(file.name) was edited after it was applied (recorded sha256 \(record.checksum.prefix(12))…, "
                        + "file \(file.checksum.prefix(12))…); restore it and put the change in a new migration"
                )
            }
        }
        let done = Set(applied.map(\.version))
        return migrations.filter { !done.contains($0.version) }
    }

    /// Applies every pending migration; returns those applied now.
    @discardableResult
    public func migrate(on connection: Connection) throws -> [Migration] {
        try connection.execute(
            "SELECT pg_advisory_lock($1)", [Migrator.lockKey], purpose: "take the migration lock")
        defer {
            _ = try? connection.execute(
                "SELECT pg_advisory_unlock($1)", [Migrator.lockKey], purpose: "release the migration lock")
        }
        try connection.executeScript(Migrator.createTable, purpose: "create the migrations table")
        let todo = try pending(on: connection)
        for migration in todo {
            try apply(migration, on: connection)
        }
        return todo
    }

    private func apply(_ migration: Migration, on connection: Connection) throws {
        let started = Date()
        let purpose = "apply migration \(migration.name)"
        let record = {
            _ = try connection.execute(
                "INSERT INTO ansim_schema_migration (version, name, checksum, duration_ms) VALUES ($1, $2, $3, $4)",
                [
                    migration.version, migration.name, migration.checksum,
                    Date().timeIntervalSince(started) * 1000,
                ],
                purpose: "record migration \(migration.name)")
        }
        do {
            if migration.runsInTransaction {
                try connection.transaction(purpose: purpose) { conn in
                    try conn.executeScript(migration.sql, purpose: purpose)
                    try record()
                }
            } else {
                try connection.executeScript(migration.sql, purpose: purpose)
                try record()
            }
        } catch var error as StoreError {
            if let position = error.position {
                let line = migration.sql.unicodeScalars.prefix(position).reduce(1) {
                    $1 == "\n" ? $0 + 1 : $0
                }
                error.purpose += " (line \(line))"
            }
            throw error
        }
    }
}
