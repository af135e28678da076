import ArgumentParser

/// `ansim db`: the database and its schema.
struct DatabaseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Create, start, stop and inspect Ansim's database.",
        discussion: """
            These commands manage the embedded cluster (init, start, stop) and the schema \
            (migrate) of whichever database is configured. Every other ansim command starts \
            the embedded cluster and applies pending migrations by itself, so these are \
            rarely needed day to day.

            EXAMPLES
              ansim db status            what is running, versions, applied migrations
              ansim db status --json     the same, for scripts
              psql "$(ansim db url)"     open psql on the database
              ansim db psql -c 'SELECT count(*) FROM cctv'
            """,
        subcommands: [
            DatabaseInit.self, DatabaseStart.self, DatabaseStop.self, DatabaseStatus.self,
            DatabaseMigrate.self, DatabaseURL.self, DatabasePsql.self,
        ]
    )
}
