import AnsimSupport
import Foundation

/// The operating-system account the embedded PostgreSQL server runs as.
///
/// PostgreSQL refuses to run as root. A normal user runs the server as themselves;
/// root runs it as an unprivileged system account (`ansim`, created by
/// `scripts/setup.sh` or on first use; `ANSIM_SERVER_USER` names another), through
/// `runuser`. Everything else about the cluster is the same either way.
public struct ServerUser: Sendable, Equatable {
    /// Account name.
    public let name: String
    /// Numeric user id.
    public let uid: uid_t
    /// Primary group id.
    public let gid: gid_t

    /// True when the server runs as another account than this process.
    public var needsSwitch: Bool { uid != geteuid() }

    /// The account running this process.
    public static func current() -> ServerUser {
        let uid = geteuid()
        let name = getpwuid(uid).map { String(cString: $0.pointee.pw_name) } ?? "uid\(uid)"
        return ServerUser(name: name, uid: uid, gid: getegid())
    }

    /// Looks an account up by name.
    public static func named(_ name: String) -> ServerUser? {
        guard let pw = getpwnam(name) else { return nil }
        return ServerUser(name: name, uid: pw.pointee.pw_uid, gid: pw.pointee.pw_gid)
    }

    /// Looks an account up by id.
    public static func withID(_ uid: uid_t) -> ServerUser? {
        guard let pw = getpwuid(uid) else { return nil }
        return ServerUser(name: String(cString: pw.pointee.pw_name), uid: uid, gid: pw.pointee.pw_gid)
    }

    /// Creates the system account `name` (root only); returns it.
    static func createSystemAccount(_ name: String) throws -> ServerUser {
        let result = try Subprocess.run(
            "/usr/sbin/useradd",
            [
                "--system", "--user-group", "--no-create-home", "--home-dir", "/nonexistent",
                "--shell", "/usr/sbin/nologin", name,
            ])
        guard result.status == 0 || result.status == 9, let user = named(name) else {
            throw AnsimError(
                "cannot create the system account '\(name)' for the embedded PostgreSQL server: "
                    + "\(result.lastLine) (run scripts/setup.sh as root)")
        }
        return user
    }

    /// Runs a program as this account (through `runuser` when that is another account).
    ///
    /// The server programs get the caller's environment without libpq's and the
    /// server's `PG*` variables (a stray `PGDATA` or `PGPORT` must not redirect them).
    func run(_ executable: String, _ arguments: [String]) throws -> Subprocess.Result {
        let env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("PG") }
        if needsSwitch {
            return try Subprocess.run(
                "/usr/sbin/runuser", ["-u", name, "--", executable] + arguments,
                environment: env, inheritEnvironment: false)
        }
        return try Subprocess.run(executable, arguments, environment: env, inheritEnvironment: false)
    }

    /// True when this account may search (traverse) every existing folder on the way
    /// to `path`, judged from the folders' owners and mode bits.
    public func canTraverse(to path: String) -> Bool {
        var prefix = ""
        for component in path.split(separator: "/") {
            prefix += "/" + component
            var st = stat()
            guard stat(prefix, &st) == 0 else { return true }  // not created yet: we create it
            guard (st.st_mode & S_IFMT) == S_IFDIR else { return false }
            let mode = st.st_mode
            let ok: Bool
            if uid == 0 {
                ok = true
            } else if st.st_uid == uid {
                ok = mode & S_IXUSR != 0
            } else if st.st_gid == gid {
                ok = mode & S_IXGRP != 0
            } else {
                ok = mode & S_IXOTH != 0
            }
            if !ok { return false }
        }
        return true
    }
}
