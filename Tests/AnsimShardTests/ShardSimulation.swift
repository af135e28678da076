import AnsimStore
import AnsimSupport
import AnsimTestSupport
import Foundation

/// The sharding simulation of scripts/shards.sh, driven from a test: a coordinator and
/// two shard clusters plus a single ordinary cluster (the baseline), all under one
/// folder of the test home, built from scratch and stopped at the end.
struct ShardSimulation {
    /// The simulation's folder (`<test home>/shards`).
    let folder: String
    let environment: [String: String]

    /// The agencies and their shards, as scripts/shards.sh places them.
    static let placement = ["seoul": "shard_a", "gyeonggi_nambu": "shard_b"]

    init() {
        folder = TestEnvironment.home + "/shards"
        var env = TestEnvironment.environment(home: folder + "/unused")
        env["ANSIM_BIN"] = TestEnvironment.ansimBinary
        env["ANSIM_DATA"] = TestEnvironment.dataDirectory
        environment = env
    }

    /// Runs `scripts/shards.sh COMMAND FOLDER`; throws with its stderr when it fails.
    @discardableResult
    func script(_ command: String, _ extra: [String] = []) throws -> Subprocess.Result {
        let result = try Subprocess.run(
            TestEnvironment.repositoryRoot + "/scripts/shards.sh", [command, folder] + extra,
            environment: environment, inheritEnvironment: false)
        guard result.status == 0 else {
            throw AnsimError("scripts/shards.sh \(command) failed (\(result.status)): \(result.error)")
        }
        return result
    }

    /// Stops whatever an earlier run left and removes its folder.
    func reset() throws {
        if FileManager.default.fileExists(atPath: folder) {
            _ = try? script("stop")
            try FileManager.default.removeItem(atPath: folder)
        }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    /// Stops every cluster of the simulation (coordinator, shards, single).
    func stopAll() {
        _ = try? script("stop")
    }

    /// The environment of `ansim` for one cluster of the simulation.
    func ansimEnvironment(_ cluster: String) -> [String: String] {
        var env = environment
        env["ANSIM_HOME"] = folder + "/" + cluster
        return env
    }

    /// Stops one cluster (a shard, to simulate its failure).
    func stop(_ cluster: String) throws {
        let result = try TestEnvironment.ansim(["db", "stop"], environment: ansimEnvironment(cluster))
        guard result.status == 0 else { throw AnsimError("could not stop \(cluster): \(result.error)") }
    }

    /// A connection to one cluster (`coordinator`, `shard_a`, `shard_b`, `single`).
    func connect(_ cluster: String) throws -> Connection {
        let url = try script("url", [cluster]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        return try Connection(.url(url), purpose: "connect to the simulation's \(cluster)")
    }

    /// Loads `file` again through the normal ETL into one cluster (JSON report).
    func etlLoad(_ cluster: String, _ file: String, source: String) throws -> [String: Any] {
        var env = ansimEnvironment(cluster)
        env["ANSIM_SOURCES_DIR"] = folder + "/sources"
        let result = try TestEnvironment.ansim(
            ["etl", "load", file, "--source", source, "--json"], environment: env)
        guard result.status == 0 else { throw AnsimError("etl load into \(cluster) failed: \(result.error)") }
        let json = try JSONSerialization.jsonObject(with: Data(result.output.utf8))
        return json as? [String: Any] ?? [:]
    }
}
