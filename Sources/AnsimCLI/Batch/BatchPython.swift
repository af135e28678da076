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
        let env = try PinnedPython.locate(
            .init(
                marker: "scripts/batch/cube.py", setupScript: "scripts/batch-env.sh",
                overrideVariable: "ANSIM_BATCH_VENV", defaultFolder: ".venv-batch", name: "batch environment",
                packages: "dask, distributed, dask-geopandas, pyarrow…", hint: ""))
        return BatchPython(root: env.root, python: env.python)
    }

    /// Runs scripts/batch/`script` with `arguments`; throws its error line on failure.
    func run(_ script: String, _ arguments: [String]) throws -> Subprocess.Result {
        let result = try Subprocess.run(
            python, [root + "/scripts/batch/" + script] + arguments, directory: root)
        guard result.status == 0 else {
            throw AnsimError("\(script) failed (exit \(result.status)): \(result.lastLine)")
        }
        return result
    }

    /// The running ansim executable, for the scripts to call back into.
    static var ansimExecutable: String { PinnedPython.ansimExecutable }
}
