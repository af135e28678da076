import AnsimSupport
import Foundation

extension EmbeddedCluster {
    /// Makes sure the cluster exists, runs, and has Ansim's database; safe to call from
    /// many processes at once. Returns true when this call started the server.
    @discardableResult
    public func ensureRunning() throws -> Bool {
        if case .running = state, FileManager.default.fileExists(atPath: socketPath) {
            return false
        }
        return try withFileLock {
            if state == .notInitialized { try initializeLocked() }
            if case .running = state { return false }
            try startLocked()
            return true
        }
    }

    /// Creates the cluster (initdb, configuration, Ansim's database). Does nothing when
    /// it already exists.
    public func initialize() throws {
        try withFileLock {
            if state == .notInitialized { try initializeLocked() }
        }
    }

    /// Starts the server; does nothing when it is already running.
    public func start() throws {
        try withFileLock {
            if state == .notInitialized { try initializeLocked() }
            if case .running = state { return }
            try startLocked()
        }
    }

    /// Stops the server (fast shutdown: running statements are cancelled, nothing is lost).
    /// Returns false when it was not running.
    @discardableResult
    public func stop() throws -> Bool {
        try withFileLock {
            guard case .running = state else {
                clearStaleLockFiles()
                return false
            }
            let result = try serverUser.run(
                binDirectory + "/pg_ctl", ["-D", dataDirectory, "-m", "fast", "-w", "-t", "60", "stop"])
            guard result.status == 0 else {
                throw AnsimError("the embedded PostgreSQL did not stop: \(result.errorLine)")
            }
            return true
        }
    }

    private func initializeLocked() throws {
        try makeFolder(base, ownedByServer: false, mode: 0o755)
        if base != home {
            try? "\(base)\n".write(toFile: "\(home)/cluster-location", atomically: true, encoding: .utf8)
        }
        // A data folder without PG_VERSION is what an interrupted initdb leaves: set it aside.
        if FileManager.default.fileExists(atPath: dataDirectory) {
            let aside = "\(dataDirectory).incomplete-\(Int(Date().timeIntervalSince1970))"
            try FileManager.default.moveItem(atPath: dataDirectory, toPath: aside)
        }
        try makeFolder(dataDirectory, ownedByServer: true, mode: 0o700)
        try makeFolder(base + "/log", ownedByServer: true, mode: 0o750)
        let result = try serverUser.run(
            binDirectory + "/initdb",
            [
                "-D", dataDirectory, "-U", EmbeddedCluster.superuser, "-E", "UTF8",
                "--locale=C.UTF-8", "--auth-local=trust", "--auth-host=reject",
            ])
        guard result.status == 0 else {
            throw AnsimError("initdb failed for \(dataDirectory): \(result.errorLine)")
        }
        try writeConfiguration()
    }

    /// Client authentication and server settings for a private analytics cluster.
    private func writeConfiguration() throws {
        let hba = """
            # Ansim embedded cluster: Unix socket only (listen_addresses = '').
            # The socket folder is mode 0700, so only the server's account and root reach it.
            # TYPE  DATABASE  USER   METHOD
            local   all       \(EmbeddedCluster.superuser)  trust
            local   all       all    scram-sha-256

            """
        let settings = """

            # --- Ansim embedded cluster settings ---
            listen_addresses = ''
            unix_socket_permissions = 0700
            shared_buffers = 256MB
            work_mem = 32MB
            maintenance_work_mem = 256MB
            wal_level = minimal
            max_wal_senders = 0
            max_wal_size = 2GB
            checkpoint_timeout = 15min
            password_encryption = scram-sha-256
            log_min_messages = warning
            log_line_prefix = '%m [%p] '
            timezone = 'Asia/Seoul'
            datestyle = 'iso, ymd'

            """
        let hbaPath = dataDirectory + "/pg_hba.conf"
        let confPath = dataDirectory + "/postgresql.conf"
        try hba.write(toFile: hbaPath, atomically: false, encoding: .utf8)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: confPath))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(settings.utf8))
        try handle.close()
        if serverUser.needsSwitch {
            chown(hbaPath, serverUser.uid, serverUser.gid)
        }
    }

    private func startLocked() throws {
        try makeFolder(socketDirectory, ownedByServer: true, mode: 0o700)
        try makeFolder(base + "/log", ownedByServer: true, mode: 0o750)
        clearStaleLockFiles()
        if UnixSocket.isAccepting(socketPath) {
            throw AnsimError(
                "the socket \(socketPath) is in use by another server; stop it or set ANSIM_HOME to another folder"
            )
        }
        let options =
            "-c listen_addresses='' -c port=\(port) -c unix_socket_directories='\(socketDirectory)'"
        let logSize = (try? FileManager.default.attributesOfItem(atPath: logFile)[.size] as? Int) ?? 0
        let result = try serverUser.run(
            binDirectory + "/pg_ctl",
            ["-D", dataDirectory, "-l", logFile, "-w", "-t", "60", "-o", options, "start"])
        guard result.status == 0 else {
            throw AnsimError(
                "the embedded PostgreSQL did not start: \(serverFailure(since: logSize) ?? result.lastLine) (log: \(logFile))"
            )
        }
        try ensureDatabase()
    }

    /// The first FATAL or PANIC line the server logged after `offset`.
    private func serverFailure(since offset: Int) -> String? {
        guard let data = FileManager.default.contents(atPath: logFile), data.count > offset else {
            return nil
        }
        let text = String(decoding: data[offset...], as: UTF8.self)
        return text.split(whereSeparator: \.isNewline)
            .first { $0.contains("FATAL:") || $0.contains("PANIC:") }
            .map { line in
                let s = String(line)
                return s.range(of: "FATAL:").map { String(s[$0.lowerBound...]) } ?? s
            }
    }

    /// Creates Ansim's database when it is missing.
    private func ensureDatabase() throws {
        let admin = try Connection(
            .embedded(self), database: "postgres", purpose: "connect to the embedded cluster")
        let exists = try admin.query(
            "SELECT 1 FROM pg_database WHERE datname = $1", [EmbeddedCluster.database],
            purpose: "look for Ansim's database")
        if exists.isEmpty {
            try admin.executeScript(
                "CREATE DATABASE \(admin.quoteIdentifier(EmbeddedCluster.database))",
                purpose: "create Ansim's database")
        }
    }
}
