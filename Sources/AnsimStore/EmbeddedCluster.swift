import AnsimSupport
import Foundation

/// Ansim's private PostgreSQL + PostGIS + pgRouting cluster.
///
/// With no connection settings in the environment, `ansim` keeps its own cluster in
/// a data folder (`./.ansim`, or `ANSIM_HOME`), listening on a Unix socket only
/// (no TCP), started on demand and shared by concurrent `ansim` processes (a file
/// lock serialises start-up). A stale `postmaster.pid` left by a crash is detected
/// and cleared. Layout under the base folder:
///
///     pg15/                 the PostgreSQL data directory
///     run/.s.PGSQL.5432     the socket (mode 0700: only the server's account and root)
///     log/postgresql.log    the server log
///
/// The base folder is `ANSIM_HOME` itself, unless the server's account cannot reach
/// it (root's checkout under `/root`, for example): then the cluster lives in
/// `/var/lib/ansim/clusters/<hash of ANSIM_HOME>` and `ANSIM_HOME/cluster-location`
/// says so. A socket path too long for the kernel (107 bytes) moves to
/// `/tmp/ansim-<uid>-<hash>`.
public struct EmbeddedCluster: Sendable, Equatable {
    /// The cluster's superuser role (trusted on the private socket).
    public static let superuser = "ansim"
    /// Ansim's database.
    public static let database = "ansim"
    /// The port number in the socket's name (no TCP port is opened).
    public let port = 5432

    /// `ANSIM_HOME`, absolute.
    public let home: String
    /// Where the cluster's folders are (``home`` unless it is out of the server's reach).
    public let base: String
    /// PostgreSQL's server programs (initdb, pg_ctl, postgres).
    public let binDirectory: String
    /// PostgreSQL's major version, from ``binDirectory``.
    public let majorVersion: Int
    /// The account the server runs as.
    public let serverUser: ServerUser
    /// The folder holding the server's Unix socket.
    public let socketDirectory: String

    /// The PostgreSQL data directory.
    public var dataDirectory: String { "\(base)/pg\(majorVersion)" }
    /// The server log.
    public var logFile: String { "\(base)/log/postgresql.log" }
    /// The socket file.
    public var socketPath: String { "\(socketDirectory)/.s.PGSQL.\(port)" }
    var lockFile: String { "\(home)/lock" }

    /// Resolves the cluster from `ANSIM_HOME`, `ANSIM_PG_BINDIR` and `ANSIM_SERVER_USER`.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        let cwd = FileManager.default.currentDirectoryPath
        var home = environment["ANSIM_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? ".ansim"
        if !home.hasPrefix("/") { home = cwd + "/" + home }
        home = URL(fileURLWithPath: home).standardizedFileURL.path
        self.home = home

        (binDirectory, majorVersion) = try EmbeddedCluster.findServerPrograms(environment)
        let dataDirectory = "\(home)/pg\(majorVersion)"
        serverUser = try EmbeddedCluster.chooseServerUser(dataDirectory, environment)

        let tag = String(SHA256.hex(Data(home.utf8)).prefix(12))
        if serverUser.needsSwitch, !serverUser.canTraverse(to: home) {
            base = "/var/lib/ansim/clusters/\(tag)"
        } else {
            base = home
        }
        let socketDirectory = "\(base)/run"
        let plain = socketDirectory.utf8.allSatisfy { c in
            c == 47 || c == 46 || c == 45 || c == 95 || (c >= 48 && c <= 57) || (c >= 65 && c <= 90)
                || (c >= 97 && c <= 122)
        }
        if plain && (socketDirectory + "/.s.PGSQL.5432").utf8.count <= 100 {
            self.socketDirectory = socketDirectory
        } else {
            self.socketDirectory = "/tmp/ansim-\(serverUser.uid)-\(tag)"
        }
    }

    /// A libpq URI for the cluster that `psql` accepts.
    public var url: String {
        var unreserved = CharacterSet.alphanumerics
        unreserved.insert(charactersIn: "-._~")
        let host = socketDirectory.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
        return
            "postgresql://\(EmbeddedCluster.superuser)@/\(EmbeddedCluster.database)?host=\(host)&port=\(port)"
    }

    static func findServerPrograms(_ environment: [String: String]) throws -> (String, Int) {
        var candidates: [String] = []
        if let dir = environment["ANSIM_PG_BINDIR"], !dir.isEmpty { candidates.append(dir) }
        candidates += [15, 16, 17, 14].map { "/usr/lib/postgresql/\($0)/bin" }
        for dir in candidates where FileManager.default.isExecutableFile(atPath: dir + "/pg_ctl") {
            let version = try Subprocess.run(dir + "/pg_ctl", ["--version"]).output
            let digits = version.split(separator: " ").last.flatMap { $0.split(separator: ".").first }
            if let major = digits.flatMap({ Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }) {
                return (dir, major)
            }
        }
        throw AnsimError(
            "PostgreSQL's server programs are not installed (looked in \(candidates.joined(separator: ", "))); "
                + "run scripts/setup.sh, or set DATABASE_URL to use an existing server")
    }

    /// A normal user runs the server as themselves; root uses the owner of an existing
    /// cluster, else `ANSIM_SERVER_USER` or `ansim` (created on first use).
    static func chooseServerUser(_ dataDirectory: String, _ environment: [String: String]) throws
        -> ServerUser
    {
        var st = stat()
        guard geteuid() == 0 else {
            if stat(dataDirectory, &st) == 0, st.st_uid != geteuid() {
                let owner = ServerUser.withID(st.st_uid)?.name ?? "uid \(st.st_uid)"
                throw AnsimError(
                    "the cluster in \(dataDirectory) belongs to user '\(owner)'; run ansim as that user "
                        + "or as root, or set ANSIM_HOME to another folder")
            }
            return .current()
        }
        if stat(dataDirectory, &st) == 0, st.st_uid != 0, let owner = ServerUser.withID(st.st_uid) {
            return owner
        }
        let name = environment["ANSIM_SERVER_USER"].flatMap { $0.isEmpty ? nil : $0 } ?? "ansim"
        if let user = ServerUser.named(name) {
            guard user.uid != 0 else {
                throw AnsimError("ANSIM_SERVER_USER must not be root: PostgreSQL refuses to run as root")
            }
            return user
        }
        return try ServerUser.createSystemAccount(name)
    }
}
