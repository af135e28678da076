import AnsimStore
import AnsimSupport
import Foundation

/// Paths and settings the test suites share.
///
/// Tests run against a real embedded cluster in `<repo>/.ansim-test` (or
/// `ANSIM_TEST_HOME`), never against a mock, and never against the demo cluster.
public enum TestEnvironment {
    /// The repository's root folder.
    public static let repositoryRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
                return url.path
            }
        }
        fatalError("cannot find Package.swift above \(#filePath)")
    }()

    /// The test cluster's `ANSIM_HOME`.
    public static var home: String {
        ProcessInfo.processInfo.environment["ANSIM_TEST_HOME"] ?? repositoryRoot + "/.ansim-test"
    }

    /// The shared public data folder: `ANSIM_DATA`, else `../shared/data` beside the
    /// repository, else the workplace's `/work/shared/data`.
    public static var dataDirectory: String {
        if let d = ProcessInfo.processInfo.environment["ANSIM_DATA"], !d.isEmpty { return d }
        let candidates = [
            URL(fileURLWithPath: repositoryRoot + "/../shared/data").standardized.path,
            "/work/shared/data",
        ]
        return candidates.first { FileManager.default.fileExists(atPath: $0 + "/SOURCES.md") }
            ?? candidates[0]
    }

    /// A file in the shared data folder; fails loudly when it is missing.
    public static func dataFile(_ relative: String) throws -> String {
        let path = dataDirectory + "/" + relative
        guard FileManager.default.fileExists(atPath: path) else {
            throw AnsimError("test data \(path) is missing (set ANSIM_DATA to the shared data folder)")
        }
        return path
    }

    /// The environment for the test cluster: no server variables, test home, repo migrations.
    public static func environment(home: String? = nil) -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        for key in ConnectionSettings.serverVariables + ["DATABASE_URL"] { env[key] = nil }
        env["ANSIM_HOME"] = home ?? self.home
        env["ANSIM_SQL_DIR"] = repositoryRoot + "/sql"
        return env
    }

    /// The `ansim` executable built beside the test bundle (or `ANSIM_BIN`).
    public static var ansimBinary: String {
        if let b = ProcessInfo.processInfo.environment["ANSIM_BIN"], !b.isEmpty { return b }
        let exe = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var dir = exe.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("ansim").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            dir.deleteLastPathComponent()
        }
        return repositoryRoot + "/.build/debug/ansim"
    }

    /// Runs `ansim` with `arguments` in the given environment.
    public static func ansim(_ arguments: [String], environment: [String: String]) throws -> Subprocess.Result
    {
        try Subprocess.run(ansimBinary, arguments, environment: environment, inheritEnvironment: false)
    }

    /// A fresh folder under the system's temporary folder, reachable by any account.
    public static func temporaryFolder(_ prefix: String) throws -> String {
        let path = "/tmp/\(prefix)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        chmod(path, 0o755)
        return path
    }
}
