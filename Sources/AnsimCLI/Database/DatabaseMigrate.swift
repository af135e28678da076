import AnsimStore
import ArgumentParser
import Foundation

/// `ansim db migrate`.
struct DatabaseMigrate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Apply pending SQL migrations from sql/ in order.",
        discussion: """
            Each migration sql/NNN_name.sql runs in its own transaction and is recorded in \
            ansim_schema_migration with its SHA-256. Applying twice changes nothing. A \
            migration edited after it was applied is refused, with both checksums: put the \
            change in a new migration instead. Use --dry-run to list what would be applied.
            """
    )

    @Flag(help: "List pending migrations without applying them.")
    var dryRun = false

    func run() throws {
        let settings = try ConnectionSettings.resolve()
        if case .embedded(let cluster) = settings { try cluster.ensureRunning() }
        let connection = try Connection(settings)
        let migrator = try Migrator(directory: Migration.locateDirectory())
        if dryRun {
            let pending = try migrator.pending(on: connection)
            print(
                pending.isEmpty
                    ? "nothing to apply" : pending.map { "pending \($0.name)" }.joined(separator: "\n"))
            return
        }
        let applied = try migrator.migrate(on: connection)
        if applied.isEmpty {
            print("schema up to date (\(migrator.migrations.count) migration(s) applied)")
        } else {
            for m in applied { print("applied \(m.name)  sha256 \(m.checksum.prefix(12))") }
        }
    }
}
