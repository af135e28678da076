import AnsimStore
import ArgumentParser
import Foundation

/// `ansim db url`.
struct DatabaseURL: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "url",
        abstract: "Print a libpq connection URI for the database (for psql, QGIS, scripts).",
        discussion: """
            For the embedded cluster this is a Unix-socket URI such as \
            postgresql://ansim@/ansim?host=%2Fhome%2Fme%2Fansim%2F.ansim%2Frun&port=5432; \
            use it as psql "$(ansim db url)". The cluster is started if it is not running.
            """
    )

    func run() throws {
        let settings = try ConnectionSettings.resolve()
        if case .embedded(let cluster) = settings { try cluster.ensureRunning() }
        print(settings.libpqURL())
    }
}

/// `ansim db psql`.
struct DatabasePsql: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "psql",
        abstract: "Open psql on the database (arguments after the command go to psql).",
        discussion: """
            EXAMPLES
              ansim db psql
              ansim db psql -c 'SELECT count(*) FROM admin_area'
            """
    )

    @Argument(parsing: .captureForPassthrough, help: "Arguments for psql.")
    var arguments: [String] = []

    func run() throws {
        let settings = try ConnectionSettings.resolve()
        var psql = "/usr/bin/psql"
        if case .embedded(let cluster) = settings {
            try cluster.ensureRunning()
            psql = cluster.binDirectory + "/psql"
        }
        let args = [psql, "-X", settings.libpqURL()] + arguments
        var cargs = args.map { strdup($0) } + [nil]
        execv(psql, &cargs)
        throw ValidationError("cannot run \(psql): \(String(cString: strerror(errno)))")
    }
}
