import AnsimGeo
import AnsimStore
import AnsimSupport
import ArgumentParser
import Foundation

/// `ansim db status`.
struct DatabaseStatus: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show the database: where it is, whether it runs, versions, migrations.",
        discussion: """
            Does not start the embedded cluster: a stopped cluster is reported as stopped, \
            without server versions. With --json, prints one JSON object with the keys mode, \
            target, state, pid, data_directory, socket_directory, server_user, url, \
            postgresql, postgis, postgis_geos, postgis_proj, pgrouting, pgcrypto, client \
            (libpq, geos, proj), migrations (version, name, checksum, applied_at) and \
            pending_migrations.
            """
    )

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func run() throws {
        let report = try StatusReport.gather()
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            encoder.dateEncodingStrategy = .iso8601
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
        } else {
            print(report.text)
        }
    }
}

/// Everything `ansim db status` reports.
struct StatusReport: Encodable {
    var mode: String
    var target: String
    var state: String
    var pid: Int32?
    var dataDirectory: String?
    var socketDirectory: String?
    var serverUser: String?
    var url: String?
    var server: Connection.ServerInfo?
    var client: [String: String]
    var migrations: [Migrator.Applied] = []
    var pendingMigrations: [String] = []

    enum CodingKeys: String, CodingKey {
        case mode, target, state, pid, url, client, migrations
        case dataDirectory = "data_directory"
        case socketDirectory = "socket_directory"
        case serverUser = "server_user"
        case pendingMigrations = "pending_migrations"
        case postgresql, postgis, pgrouting, pgcrypto
        case postgisGEOS = "postgis_geos"
        case postgisPROJ = "postgis_proj"
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(mode, forKey: .mode)
        try c.encode(target, forKey: .target)
        try c.encode(state, forKey: .state)
        try c.encode(pid, forKey: .pid)
        try c.encode(dataDirectory ?? server?.dataDirectory, forKey: .dataDirectory)
        try c.encode(socketDirectory, forKey: .socketDirectory)
        try c.encode(serverUser, forKey: .serverUser)
        try c.encode(url, forKey: .url)
        try c.encode(server?.postgresql, forKey: .postgresql)
        try c.encode(server?.postgis, forKey: .postgis)
        try c.encode(server?.postgisGEOS, forKey: .postgisGEOS)
        try c.encode(server?.postgisPROJ, forKey: .postgisPROJ)
        try c.encode(server?.pgrouting, forKey: .pgrouting)
        try c.encode(server?.pgcrypto, forKey: .pgcrypto)
        try c.encode(client, forKey: .client)
        try c.encode(migrations, forKey: .migrations)
        try c.encode(pendingMigrations, forKey: .pendingMigrations)
    }

    static func gather() throws -> StatusReport {
        let settings = try ConnectionSettings.resolve()
        var report = StatusReport(
            mode: "", target: settings.redacted, state: "unknown",
            client: [
                "libpq": Connection.libpqVersion, "geos": GeoLibraries.geosVersion,
                "proj": GeoLibraries.projVersion, "ansim": AnsimVersion.current,
            ])
        switch settings {
        case .embedded(let cluster):
            report.mode = "embedded"
            report.dataDirectory = cluster.dataDirectory
            report.socketDirectory = cluster.socketDirectory
            report.serverUser = cluster.serverUser.name
            report.url = cluster.url
            switch cluster.state {
            case .notInitialized: report.state = "not_initialized"
            case .stopped: report.state = "stopped"
            case .running(let pid):
                report.state = "running"
                report.pid = pid
            }
            guard case .running = cluster.state else { return report }
        case .url:
            report.mode = "url"
        case .environment:
            report.mode = "environment"
        }
        let connection = try Connection(settings)
        report.state = "running"
        report.server = try connection.serverInfo()
        let migrator = try Migrator(directory: Migration.locateDirectory())
        report.migrations = try migrator.applied(on: connection)
        let done = Set(report.migrations.map(\.version))
        report.pendingMigrations = migrator.migrations.filter { !done.contains($0.version) }.map(\.name)
        return report
    }

    var text: String {
        var lines = [
            "Ansim database: \(mode == "embedded" ? "embedded cluster" : target), \(state.replacingOccurrences(of: "_", with: " "))\(pid.map { " (pid \($0))" } ?? "")"
        ]
        func add(_ label: String, _ value: String?) {
            if let value {
                lines.append("  " + label.padding(toLength: 16, withPad: " ", startingAt: 0) + value)
            }
        }
        add("data folder", dataDirectory ?? server?.dataDirectory)
        add("socket folder", socketDirectory)
        add("server account", serverUser)
        add("url", url)
        if let s = server {
            var versions = "PostgreSQL \(s.postgresql)"
            if let p = s.postgis { versions += " · PostGIS \(p)" }
            if let r = s.pgrouting { versions += " · pgRouting \(r)" }
            add("versions", versions)
            add("migrations", "\(migrations.count) applied, \(pendingMigrations.count) pending")
            let formatter = ISO8601DateFormatter()
            for m in migrations {
                lines.append("    \(m.name)  \(formatter.string(from: m.appliedAt))")
            }
            for p in pendingMigrations { lines.append("    \(p)  (pending)") }
        }
        add("client", "libpq \(client["libpq"]!) · GEOS \(client["geos"]!) · PROJ \(client["proj"]!)")
        return lines.joined(separator: "\n")
    }
}
