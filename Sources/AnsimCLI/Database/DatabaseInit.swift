import AnsimStore
import ArgumentParser

/// `ansim db init`.
struct DatabaseInit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the embedded cluster (if needed), start it and apply migrations.",
        discussion: """
            Runs initdb in the data folder, configures a Unix-socket-only server, creates the \
            'ansim' database, starts the server and applies every migration in sql/. Running \
            it again changes nothing. With DATABASE_URL or PG* set, only the migrations are \
            applied, to that server.
            """
    )

    func run() throws {
        let settings = try ConnectionSettings.resolve()
        if case .embedded(let cluster) = settings {
            let wasNew = cluster.state == .notInitialized
            try cluster.ensureRunning()
            print(
                (wasNew ? "created the embedded cluster in " : "embedded cluster in ")
                    + "\(cluster.dataDirectory): \(cluster.state)")
        }
        let connection = try Connection(settings)
        let applied = try Migrator(directory: Migration.locateDirectory()).migrate(on: connection)
        print(
            applied.isEmpty ? "schema up to date" : "applied \(applied.map(\.name).joined(separator: ", "))")
    }
}
