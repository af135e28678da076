import AnsimETL
import AnsimStore
import AnsimSupport
import ArgumentParser
import Foundation

/// `ansim etl`: loading files into the database.
struct ETLCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "etl",
        abstract: "Load public data, exports and synthetic files into PostGIS.",
        discussion: """
            Every file is read where it lies (the shared public data stay in ../shared/data \
            or $ANSIM_DATA; nothing is copied into the repository), matched to a source \
            definition in data/sources/, and loaded in one transaction: every row is loaded \
            or quarantined with its reason, the counts always add up (read = loaded + \
            unchanged + quarantined + duplicate), and loading the same file again changes \
            nothing. A newer export of a file replaces its rows by natural key.

            KINDS
              admin-area, population, police-facility, cctv, risk-site, road, calls,
              incidents, crime-stats

            EXAMPLES
              ansim etl load-all                      every shipped source
              ansim etl load ../shared/data/cctv/seoul_cctv_points_ando2021.csv --json
              ansim etl load export.csv --kind cctv --encoding cp949
              ansim etl runs
              ansim etl quarantine --run 12
            """,
        subcommands: [
            ETLLoad.self, ETLLoadAll.self, ETLRuns.self, ETLQuarantine.self, ETLSources.self, ETLVerify.self,
        ]
    )
}

/// Options every loading command shares.
struct ETLContext {
    let connection: Connection
    let loader: Loader
    let catalog: SourceCatalog
    let dataFolder: String?

    static func open() throws -> ETLContext {
        let connection = try Database.connect()
        let catalog = try SourceCatalog(folder: DataFolder.sourcesFolder())
        let dataFolder = try? DataFolder.locate()
        let loader = Loader(
            connection: connection, catalog: catalog, dataFolder: dataFolder, version: AnsimVersion.current)
        return ETLContext(connection: connection, loader: loader, catalog: catalog, dataFolder: dataFolder)
    }
}

/// A progress line on standard error, only when it is a terminal.
enum ProgressLine {
    static var enabled: Bool { isatty(2) == 1 }

    static func reporter(_ label: String) -> (@Sendable (Int, Double) -> Void)? {
        guard enabled else { return nil }
        return { rows, fraction in
            let bar = String(repeating: "█", count: Int(fraction * 20)).padding(
                toLength: 20, withPad: "░", startingAt: 0)
            FileHandle.standardError.write(Data("\r\(label) \(bar) \(rows) rows \u{1B}[K".utf8))
        }
    }

    static func clear() {
        if enabled { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}

func printJSON(_ value: some Encodable) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    print(String(decoding: try encoder.encode(value), as: UTF8.self))
}
