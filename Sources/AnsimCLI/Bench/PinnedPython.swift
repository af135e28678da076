import AnsimSupport
import Foundation

/// A pinned Python environment that one of the repository's idempotent scripts creates
/// (scripts/reference-env.sh → .venv-ref, scripts/batch-env.sh → .venv-batch), found
/// from the Ansim checkout around the running executable.
struct PinnedPython {
    /// The checkout: the folder holding Package.swift and the marker file.
    let root: String
    /// The environment's interpreter, as the setup script printed it.
    let python: String

    /// What differs between the environments.
    struct Spec {
        /// A file, relative to the checkout, that proves it is the right folder.
        let marker: String
        /// The setup script, relative to the checkout.
        let setupScript: String
        /// The variable that overrides the environment folder, and the default folder.
        let overrideVariable: String
        let defaultFolder: String
        /// How the environment is named in messages, and what pip installs (for the note).
        let name: String
        let packages: String
        /// Appended to every error (e.g. ", or pass --no-reference").
        let hint: String
    }

    /// Finds the checkout and runs the setup script (a no-op once everything is there;
    /// a note on standard error when it has to create the environment first).
    static func locate(_ spec: Spec) throws -> PinnedPython {
        guard let root = checkout(marker: spec.marker) else {
            throw AnsimError(
                "cannot find \(spec.marker) above the ansim executable or the current folder; "
                    + "run from the Ansim checkout\(spec.hint)")
        }
        let venv =
            ProcessInfo.processInfo.environment[spec.overrideVariable].flatMap { $0.isEmpty ? nil : $0 }
            ?? root + "/" + spec.defaultFolder
        if !FileManager.default.isExecutableFile(atPath: venv + "/bin/python") {
            FileHandle.standardError.write(
                Data(
                    ("note: creating the pinned \(spec.name) \(venv) with \(spec.setupScript) "
                        + "(pip install \(spec.packages); once, a minute or two)\n").utf8))
        }
        let setup = try Subprocess.run(
            "/usr/bin/env", ["bash", root + "/" + spec.setupScript], directory: root)
        let python = setup.output.split(whereSeparator: \.isNewline).last.map(String.init) ?? ""
        guard setup.status == 0, FileManager.default.isExecutableFile(atPath: python) else {
            throw AnsimError(
                "\(spec.setupScript) could not set up the \(spec.name) (\(setup.errorLine)); "
                    + "run `\(spec.setupScript)` yourself to see why\(spec.hint)")
        }
        return PinnedPython(root: root, python: python)
    }

    /// The running ansim executable, symlinks resolved.
    static var ansimExecutable: String {
        URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
    }

    /// The first folder above the executable, else the current folder or one above it,
    /// holding Package.swift and `marker`.
    static func checkout(marker: String) -> String? {
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
            fm.fileExists(atPath: $0 + "/Package.swift") && fm.fileExists(atPath: $0 + "/" + marker)
        }
    }
}
