import AnsimSupport
import Foundation

/// Where the shared public data and the source definitions are.
public enum DataFolder {
    /// The shared data folder: `ANSIM_DATA`; else `../shared/data` beside the checkout
    /// or the working folder; else `/work/shared/data`.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws
        -> String
    {
        if let d = environment["ANSIM_DATA"], !d.isEmpty { return d }
        var candidates: [String] = []
        if let root = checkoutRoot() { candidates.append(root + "/../shared/data") }
        candidates.append(FileManager.default.currentDirectoryPath + "/../shared/data")
        candidates.append("/work/shared/data")
        for c in candidates {
            let p = URL(fileURLWithPath: c).standardized.path
            if FileManager.default.fileExists(atPath: p + "/SOURCES.md") { return p }
        }
        throw ETLError(
            "cannot find the shared data folder (looked in \(candidates.joined(separator: ", "))); set ANSIM_DATA"
        )
    }

    /// The folder of source definitions: `ANSIM_SOURCES_DIR`, else `data/sources` of the checkout.
    public static func sourcesFolder(environment: [String: String] = ProcessInfo.processInfo.environment)
        throws
        -> String
    {
        if let d = environment["ANSIM_SOURCES_DIR"], !d.isEmpty { return d }
        var candidates: [String] = []
        if let root = checkoutRoot() { candidates.append(root + "/data/sources") }
        candidates.append(FileManager.default.currentDirectoryPath + "/data/sources")
        for c in candidates where FileManager.default.fileExists(atPath: c) { return c }
        throw ETLError("cannot find the source definitions (data/sources); set ANSIM_SOURCES_DIR")
    }

    /// The checkout above the running executable (the folder holding Package.swift).
    static func checkoutRoot() -> String? {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent()
        while dir.path != "/" {
            if FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) {
                return dir.path
            }
            dir.deleteLastPathComponent()
        }
        return nil
    }
}
