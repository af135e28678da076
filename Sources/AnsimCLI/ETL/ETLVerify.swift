import AnsimETL
import AnsimSupport
import ArgumentParser
import Foundation

/// `ansim etl verify`.
struct ETLVerify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check the shared data folder against data/manifest.json (sizes and SHA-256).",
        discussion: """
            Lists every expected file that is missing or differs. With --write, rebuilds the \
            manifest from the folder instead (maintainers, after adding a source).
            """
    )

    @Argument(help: "The data folder (default: the shared data folder, $ANSIM_DATA).")
    var folder: String?

    @Flag(help: "Rebuild data/manifest.json from the folder.")
    var write = false

    func run() throws {
        let data = try folder ?? DataFolder.locate()
        let sources = try DataFolder.sourcesFolder()
        let manifestPath = (sources as NSString).deletingLastPathComponent + "/manifest.json"
        if write {
            let manifest = try DataManifest.build(folder: data, catalog: SourceCatalog(folder: sources))
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            try (encoder.encode(manifest) + Data("\n".utf8)).write(to: URL(fileURLWithPath: manifestPath))
            print("wrote \(manifestPath): \(manifest.files.count) files")
            return
        }
        guard let data0 = FileManager.default.contents(atPath: manifestPath) else {
            throw AnsimError("cannot read \(manifestPath)")
        }
        let manifest = try JSONDecoder().decode(DataManifest.self, from: data0)
        let problems = manifest.verify(folder: data)
        for p in problems { print(p) }
        if problems.isEmpty {
            print("all \(manifest.files.count) files present and unchanged in \(data)")
        } else {
            throw AnsimError(
                "\(problems.count) of \(manifest.files.count) files missing or changed in \(data)")
        }
    }
}
