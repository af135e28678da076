import AnsimSupport
import Foundation

/// The list of expected data files with their sizes, SHA-256 checksums and
/// attribution (`data/manifest.json`), so that anyone can check that the shared data
/// folder holds exactly the files the project was built and tested against.
public struct DataManifest: Codable, Sendable, Equatable {
    public var note: String
    public var files: [Entry]

    public struct Entry: Codable, Sendable, Equatable {
        public var path: String
        public var bytes: Int
        public var sha256: String
        /// Source definitions that read the file (empty: described in SOURCES.md only).
        public var sources: [String]
        public var origin: String
        public var licence: String
    }

    /// Builds the manifest of every file under `folder` (SOURCES.md itself excluded).
    public static func build(folder: String, catalog: SourceCatalog) throws -> DataManifest {
        let fm = FileManager.default
        guard let walker = fm.enumerator(atPath: folder) else { throw ETLError("cannot read \(folder)") }
        var entries: [Entry] = []
        for case let relative as String in walker {
            let path = folder + "/" + relative
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                relative != "SOURCES.md"
            else { continue }
            var users = catalog.matching(path: path, dataFolder: folder)
            let ext = (path as NSString).pathExtension.lowercased()
            if users.isEmpty, ["dbf", "shx", "prj", "cpg"].contains(ext) {
                // A shapefile's sidecar belongs to the sources that read its .shp.
                users = catalog.matching(
                    path: (path as NSString).deletingPathExtension + ".shp", dataFolder: folder)
            }
            let bytes = (try fm.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            entries.append(
                Entry(
                    path: relative, bytes: bytes, sha256: try SHA256.hex(ofFile: path),
                    sources: users.map(\.id),
                    origin: users.first?.origin ?? "see SOURCES.md",
                    licence: users.first?.licence ?? "see SOURCES.md"))
        }
        entries.sort { $0.path < $1.path }
        return DataManifest(
            note:
                "Files of the shared public data folder (../shared/data or $ANSIM_DATA), read in place and never "
                + "copied into this repository; provenance in that folder's SOURCES.md. Check with `ansim etl verify`.",
            files: entries)
    }

    /// Differences between this manifest and the files in `folder`: one line each.
    public func verify(folder: String) -> [String] {
        var problems: [String] = []
        for entry in files {
            let path = folder + "/" + entry.path
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
                problems.append("missing: \(entry.path)")
                continue
            }
            let bytes = (attributes[.size] as? Int) ?? -1
            if bytes != entry.bytes {
                problems.append("changed: \(entry.path) (\(bytes) bytes, expected \(entry.bytes))")
            } else if (try? SHA256.hex(ofFile: path)) != entry.sha256 {
                problems.append("changed: \(entry.path) (checksum differs)")
            }
        }
        return problems
    }
}
