import AnsimStore
import AnsimSupport
import ArgumentParser

/// The embedded cluster, or a clear error when an existing server is configured.
func embeddedCluster(for action: String) throws -> EmbeddedCluster {
    let settings = try ConnectionSettings.resolve()
    guard case .embedded(let cluster) = settings else {
        throw AnsimError(
            "`ansim db \(action)` manages the embedded cluster, but \(settings.redacted) is configured "
                + "(unset DATABASE_URL and PG* to use the embedded cluster)")
    }
    return cluster
}

/// `ansim db start`.
struct DatabaseStart: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Start the embedded cluster (creating it if needed).",
        discussion: """
            Safe to run while another ansim process is starting it too: a lock file makes \
            them take turns. A stale postmaster.pid left by a crash is cleared first. Fails \
            with one line when the socket is taken by another server.
            """
    )

    func run() throws {
        let cluster = try embeddedCluster(for: "start")
        let started = try cluster.ensureRunning()
        print(started ? "started: \(cluster.state)" : "already \(cluster.state)")
    }
}

/// `ansim db stop`.
struct DatabaseStop: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stop",
        abstract: "Stop the embedded cluster (fast shutdown; no data is lost).")

    func run() throws {
        let cluster = try embeddedCluster(for: "stop")
        print(try cluster.stop() ? "stopped" : "not running")
    }
}
