import AnsimSupport
import Foundation

/// The Python side of `ansim batch` (scripts/batch/*.py) and the pinned interpreter of
/// .venv-batch (dask, distributed, dask-geopandas, geopandas, pyarrow).
///
/// ``locate()`` runs scripts/batch-env.sh, which is idempotent: it creates .venv-batch (or
/// `ANSIM_BATCH_VENV`) and pip-installs the pinned versions when they are missing — once, a
/// minute or two, announced on standard error — and prints the interpreter's path.
struct BatchPython {
    /// The checkout: the folder with Package.swift and scripts/batch.
    let root: String
    /// .venv-batch/bin/python.
    let python: String

    /// Finds the checkout and the interpreter, creating .venv-batch if needed.
    static func locate() throws -> BatchPython {
        guard let root = checkout() else {
            throw AnsimError(
                "cannot find scripts/batch/cube.py above the ansim executable or the current folder; "
                    + "run ansim batch from the Ansim checkout")
        }
        let venv =
            ProcessInfo.processInfo.environment["ANSIM_BATCH_VENV"].flatMap { $0.isEmpty ? nil : $0 }
            ?? root + "/.venv-batch"
        if !FileManager.default.isExecutableFile(atPath: venv + "/bin/python") {
            FileHandle.standardError.write(
                Data(
                    ("note: creating the pinned batch environment \(venv) with scripts/batch-env.sh "
                        + "(pip install dask, distributed, dask-geopandas, pyarrow…; once, a minute or two)\n").utf8))
        }
        let setup = try Subprocess.run("/usr/bin/env", ["bash", root + "/scripts/batch-env.sh"], directory: root)
        let python = setup.output.split(whereSeparator: \.isNewline).last.map(String.init) ?? ""
        guard setup.status == 0, FileManager.default.isExecutableFile(atPath: python) else {
            throw AnsimError(
                "scripts/batch-env.sh could not set up the batch environment (\(setup.errorLine)); "
                    + "run `scripts/batch-env.sh` yourself to see why")
        }
        return BatchPython(root: root, python: python)
    }

    /// Runs scripts/batch/`script` with `arguments`; throws its error line on failure.
    func run(_ script: String, _ arguments: [String]) throws -> Subprocess.Result {
        let result = try Subprocess.run(python, [root + "/scripts/batch/" + script] + arguments, directory: root)
        guard result.status == 0 else {
            throw AnsimError("\(script) failed (exit \(result.status)): \(result.lastLine)")
        }
        return result
    }

    /// The running ansim executable, for the scripts to call back into.
    static var ansimExecutable: String {
        URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
    }

    /// The folder above the executable, else the current folder or one above it, holding
    /// Package.swift and scripts/batch/cube.py.
    private static func checkout() -> String? {
        let fm = FileManager.default
        var candidates: [URL] = []
        var dir = URL(fileURLWithPath: ansimExecutable)
        while dir.path != "/" {
            dir.deleteLastPathComponent()
            candidates.append(dir)
        }
        dir = URL(fileURLWithPath: fm.currentDirectoryPath)
        while dir.path != "/" {
            candidates.append(dir)
            dir.deleteLastPathComponent()
        }
        return candidates.map(\.path).first {
            fm.fileExists(atPath: $0 + "/Package.swift") && fm.fileExists(atPath: $0 + "/scripts/batch/cube.py")
        }
    }
}
