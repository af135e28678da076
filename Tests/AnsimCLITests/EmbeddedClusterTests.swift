import AnsimStore
import AnsimSupport
import AnsimTestSupport
import Foundation
import Testing

/// The embedded cluster's life: on-demand start shared by concurrent processes,
/// recovery after a crash, and the same behaviour for root and for a normal user.
/// Each test uses a cluster of its own and stops it at the end.
@Suite(.serialized) struct EmbeddedClusterTests {
    func withCluster(_ prefix: String, _ body: ([String: String], EmbeddedCluster) throws -> Void) throws {
        let home = try TestEnvironment.temporaryFolder(prefix)
        let env = TestEnvironment.environment(home: home)
        defer {
            _ = try? TestEnvironment.ansim(["db", "stop"], environment: env)
            try? FileManager.default.removeItem(atPath: home)
        }
        try body(env, try EmbeddedCluster(environment: env))
    }

    @Test func concurrentProcessesShareOneServer() throws {
        try withCluster("ansim-concurrent") { env, cluster in
            // Four processes that each need the database at once (`db url` starts it).
            let starters = try (0..<4).map { _ in
                try Subprocess.Spawned(TestEnvironment.ansimBinary, ["db", "url"], environment: env)
            }
            for s in starters {
                let r = s.wait()
                #expect(r.status == 0, "\(r.error)")
                #expect(r.output.hasPrefix("postgresql://ansim@/ansim?host="))
            }
            guard case .running(let pid) = cluster.state else {
                Issue.record("not running: \(cluster.state)")
                return
            }
            let postmasters = try Subprocess.run(
                "/usr/bin/pgrep", ["-f", "-x", ".*postgres -D \(cluster.dataDirectory).*"])
            #expect(postmasters.output.split(whereSeparator: \.isNewline).count == 1)
            #expect(postmasters.output.contains(String(pid)))
        }
    }

    @Test func recoversAfterTheServerIsKilled() throws {
        try withCluster("ansim-crash") { env, cluster in
            let first = try TestEnvironment.ansim(["db", "init"], environment: env)
            #expect(first.status == 0, "\(first.error)")
            guard case .running(let pid) = cluster.state else {
                Issue.record("not running after init")
                return
            }
            kill(pid, SIGKILL)
            // Wait for the children to notice the postmaster's death.
            for _ in 0..<100 where kill(pid, 0) == 0 || errno != ESRCH { usleep(50_000) }
            usleep(500_000)
            #expect(cluster.state == .stopped)
            #expect(FileManager.default.fileExists(atPath: cluster.dataDirectory + "/postmaster.pid"))
            let status = try TestEnvironment.ansim(
                ["db", "psql", "-At", "-c", "SELECT count(*) FROM ansim_schema_migration"], environment: env)
            #expect(status.status == 0, "\(status.error)")
            let shipped = try FileManager.default.contentsOfDirectory(
                atPath: TestEnvironment.repositoryRoot + "/sql"
            )
            .filter { $0.hasSuffix(".sql") }.count
            #expect(status.output.trimmingCharacters(in: .whitespacesAndNewlines) == String(shipped))
        }
    }

    @Test func staleLockFileWithAReusedPidIsCleared() throws {
        try withCluster("ansim-stale") { env, cluster in
            #expect(try TestEnvironment.ansim(["db", "init"], environment: env).status == 0)
            #expect(try TestEnvironment.ansim(["db", "stop"], environment: env).status == 0)
            // After a reboot the pid in postmaster.pid may belong to an unrelated process:
            // this test process is alive and is not PostgreSQL.
            let pidFile = cluster.dataDirectory + "/postmaster.pid"
            try "\(getpid())\n\(cluster.dataDirectory)\n".write(
                toFile: pidFile, atomically: true, encoding: .utf8)
            if cluster.serverUser.needsSwitch {
                chown(pidFile, cluster.serverUser.uid, cluster.serverUser.gid)
            }
            #expect(cluster.state == .stopped)
            let start = try TestEnvironment.ansim(["db", "start"], environment: env)
            #expect(start.status == 0, "\(start.error)")
            guard case .running = cluster.state else {
                Issue.record("did not start: \(cluster.state)")
                return
            }
        }
    }

    /// CI runs as root: the server must then run as an unprivileged account, and a
    /// normal user must get the same behaviour with a cluster of their own.
    @Test func rootAndNormalUser() throws {
        try withCluster("ansim-users") { env, cluster in
            let initResult = try TestEnvironment.ansim(["db", "init"], environment: env)
            #expect(initResult.status == 0, "\(initResult.error)")
            let owner =
                try FileManager.default.attributesOfItem(atPath: cluster.dataDirectory)[.ownerAccountName]
                as? String
            if geteuid() == 0 {
                #expect(owner != "root")
                #expect(owner == cluster.serverUser.name)
            } else {
                #expect(owner == ServerUser.current().name)
            }
            guard geteuid() == 0 else { return }
            // As root, also run ansim as a normal account with its own cluster.
            let name = "ansimtester"
            if ServerUser.named(name) == nil {
                _ = try Subprocess.run("/usr/sbin/useradd", ["--create-home", "--shell", "/bin/sh", name])
            }
            let user = try #require(ServerUser.named(name))
            guard user.canTraverse(to: TestEnvironment.ansimBinary),
                user.canTraverse(to: TestEnvironment.repositoryRoot + "/sql")
            else {
                // The checkout is out of that account's reach (e.g. under /root): nothing to run.
                return
            }
            let home = try TestEnvironment.temporaryFolder("ansim-user-home")
            chown(home, user.uid, user.gid)
            defer { try? FileManager.default.removeItem(atPath: home) }
            let args = [
                "-u", name, "--", "/usr/bin/env", "ANSIM_HOME=\(home)/.ansim",
                "ANSIM_SQL_DIR=\(TestEnvironment.repositoryRoot)/sql",
                "DATABASE_URL=", "PGHOST=", "PGPORT=", "PGDATABASE=", "PGUSER=", TestEnvironment.ansimBinary,
            ]
            let started = try Subprocess.run("/usr/sbin/runuser", args + ["db", "init"])
            defer { _ = try? Subprocess.run("/usr/sbin/runuser", args + ["db", "stop"]) }
            #expect(started.status == 0, "\(started.error)")
            let status = try Subprocess.run("/usr/sbin/runuser", args + ["db", "status", "--json"])
            let json = try JSONSerialization.jsonObject(with: Data(status.output.utf8)) as? [String: Any]
            #expect(json?["server_user"] as? String == name)
            #expect(json?["state"] as? String == "running")
            #expect((json?["postgis"] as? String)?.hasPrefix("3.") == true)
        }
    }
}
