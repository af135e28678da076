import AnsimETL
import AnsimStore
import ArgumentParser
import Foundation

/// `ansim etl load-all`.
struct ETLLoadAll: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load-all",
        abstract: "Load every file of every source definition found in a data folder.",
        discussion: """
            Sources load in dependency order (boundaries before population, which is matched \
            to boundary codes by name). A file that fails is reported and the others still \
            load; the exit status is then 1.
            """
    )

    @Argument(help: "The data folder (default: the shared data folder, $ANSIM_DATA).")
    var folder: String?

    @Option(help: "Only sources of this kind.")
    var kind: String?

    @Flag(help: "Print the results as a JSON array.")
    var json = false

    static let order: [SourceKind] = [
        .adminArea, .population, .crimeStats, .policeFacility, .cctv, .riskSite, .road, .calls, .incidents,
    ]

    func run() throws {
        let context = try ETLContext.open()
        guard let data = try folder ?? context.dataFolder ?? DataFolder.locate() as String? else { return }
        let only = try kind.map { try SourceKind(argument: $0) }
        var reports: [LoadReport] = []
        var failures = 0
        // Each file once, with the definition the usual rules pick (patterns, then header signature).
        var plan: [SourceKind: [(String, SourceDefinition)]] = [:]
        var seen = Set<String>()
        for definition in context.catalog.definitions where only == nil || only == definition.kind {
            for path in Self.files(definition, in: data) where seen.insert(path).inserted {
                do {
                    let chosen = try context.loader.definition(
                        for: path, options: LoadOptions(kind: definition.kind))
                    plan[chosen.kind, default: []].append((path, chosen))
                } catch {
                    failures += 1
                    FileHandle.standardError.write(Data("ansim: error: \(error)\n".utf8))
                }
            }
        }
        for kind in Self.order where only == nil || only == kind {
            for (path, definition) in plan[kind] ?? [] {
                do {
                    let report = try context.loader.load(
                        path,
                        options: LoadOptions(
                            sourceID: definition.id,
                            progress: json
                                ? nil : ProgressLine.reporter(URL(fileURLWithPath: path).lastPathComponent)))
                    ProgressLine.clear()
                    reports.append(report)
                    if !json { ETLLoad.show(report) }
                } catch {
                    ProgressLine.clear()
                    failures += 1
                    FileHandle.standardError.write(Data("ansim: error: \(error)\n".utf8))
                }
            }
        }
        if json {
            try printJSON(reports)
        } else {
            let read = reports.map(\.rowsRead).reduce(0, +)
            let loaded = reports.map(\.rowsLoaded).reduce(0, +)
            let quarantined = reports.map(\.rowsQuarantined).reduce(0, +)
            print("\(reports.count) files: \(read) rows read, \(loaded) loaded, \(quarantined) quarantined")
        }
        if failures > 0 { throw ExitCode(1) }
    }

    /// The files matching a definition's patterns, sorted.
    static func files(_ d: SourceDefinition, in folder: String) -> [String] {
        var found: [String] = []
        for pattern in d.files {
            let dir = (pattern as NSString).deletingLastPathComponent
            let name = (pattern as NSString).lastPathComponent
            let base = dir.isEmpty ? folder : folder + "/" + dir
            for entry in (try? FileManager.default.contentsOfDirectory(atPath: base)) ?? []
            where fnmatch(name, entry, 0) == 0 {
                found.append(base + "/" + entry)
            }
        }
        return Array(Set(found)).sorted()
    }
}
