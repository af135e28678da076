import AnsimSupport
import Foundation

extension EmbeddedCluster {
    /// Where the cluster stands.
    public enum State: Sendable, Equatable, CustomStringConvertible {
        /// No data directory yet (`ansim db init` or any database command creates it).
        case notInitialized
        /// Initialised but no server running.
        case stopped
        /// A server is running with this process id.
        case running(pid: Int32)

        public var description: String {
            switch self {
            case .notInitialized: "not initialised"
            case .stopped: "stopped"
            case .running(let pid): "running (pid \(pid))"
            }
        }
    }

    /// The cluster's state, from its files and the process table.
    public var state: State {
        guard FileManager.default.fileExists(atPath: dataDirectory + "/PG_VERSION") else {
            return .notInitialized
        }
        if let pid = EmbeddedCluster.livePostgresPID(inLockFile: dataDirectory + "/postmaster.pid") {
            return .running(pid: pid)
        }
        return .stopped
    }

    /// The pid in a PostgreSQL lock file (postmaster.pid or the socket's .lock), if that
    /// process is alive and is a PostgreSQL server; nil for a missing or stale file.
    static func livePostgresPID(inLockFile path: String) -> Int32? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8),
            let first = text.split(whereSeparator: \.isNewline).first,
            let pid = Int32(first.trimmingCharacters(in: .whitespaces)), pid > 0
        else { return nil }
        guard kill(pid, 0) == 0 || errno == EPERM else { return nil }
        let comm = (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8)) ?? ""
        return comm.hasPrefix("postgres") ? pid : nil
    }

    /// Removes lock files whose process is gone (left by a crash or a reboot, where
    /// the pid may since have been reused by an unrelated process).
    func clearStaleLockFiles() {
        for path in [dataDirectory + "/postmaster.pid", socketPath + ".lock"]
        where FileManager.default.fileExists(atPath: path)
            && EmbeddedCluster.livePostgresPID(inLockFile: path) == nil
        {
            try? FileManager.default.removeItem(atPath: path)
            if path.hasSuffix(".lock") { try? FileManager.default.removeItem(atPath: socketPath) }
        }
    }

    /// Holds an exclusive lock on `ANSIM_HOME/lock` while `body` runs, so concurrent
    /// `ansim` processes initialise and start the cluster once.
    func withFileLock<T>(_ body: () throws -> T) throws -> T {
        try makeFolder(home, ownedByServer: false, mode: 0o755)
        let fd = open(lockFile, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw AnsimError("cannot open \(lockFile): \(String(cString: strerror(errno)))")
        }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else {
                throw AnsimError("cannot lock \(lockFile): \(String(cString: strerror(errno)))")
            }
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }

    /// Creates a folder (and its parents), owned by the server's account when asked.
    func makeFolder(_ path: String, ownedByServer: Bool, mode: mode_t) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw AnsimError("cannot use \(path) as a folder: a file is in the way")
            }
        } else {
            do {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            } catch {
                throw AnsimError(
                    "cannot create the data folder \(path): \(EmbeddedCluster.reason(error)) "
                        + "(set ANSIM_HOME to a writable folder)")
            }
        }
        if ownedByServer && serverUser.needsSwitch {
            guard chown(path, serverUser.uid, serverUser.gid) == 0 else {
                throw AnsimError(
                    "cannot hand \(path) to user '\(serverUser.name)': \(String(cString: strerror(errno)))")
            }
        }
        if ownedByServer || !serverUser.needsSwitch {
            chmod(path, mode)
        }
        guard access(path, W_OK) == 0 || serverUser.needsSwitch else {
            throw AnsimError("the data folder \(path) is not writable (set ANSIM_HOME to a writable folder)")
        }
    }

    /// The short reason inside a Foundation file error.
    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError,
            underlying.domain == NSPOSIXErrorDomain
        {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if ns.domain == NSCocoaErrorDomain, ns.code == NSFileWriteNoPermissionError {
            return "Permission denied"
        }
        return ns.localizedDescription
    }
}
