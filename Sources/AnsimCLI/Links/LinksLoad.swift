import AnsimLinksStore
import AnsimStore
import AnsimSupport
import ArgumentParser
import Foundation

/// `ansim links load --cdr FILE | --transfers FILE | --case-persons FILE`.
struct LinksLoad: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Load call-detail, transfer or case–person exports into the link graph.",
        discussion: """
            Each file is one ETL run (ansim etl runs lists it; ansim etl quarantine shows \
            its quarantined rows): every row is loaded or quarantined with its line and \
            reason, and loading the same file again changes nothing. The column contracts \
            are in docs/LINKS.md:

              --cdr           caller, callee, start [, duration_s, record_id]
              --transfers     from_account, to_account, time, amount_krw [, transaction_id]
              --case-persons  case_ref, person_ref, role, time

            Times are ISO 8601 (KST without an offset) or YYYYMMDDHHMMSS.
            """)
    @Option(help: "Call-detail records (repeatable).") var cdr: [String] = []
    @Option(help: "Transfer records (repeatable).") var transfers: [String] = []
    @Option(name: .customLong("case-persons"), help: "Case–person records (repeatable).") var casePersons: [String] = []
    @Flag(help: "Print the reports as JSON.") var json = false

    func validate() throws {
        guard !(cdr + transfers + casePersons).isEmpty else {
            throw ValidationError("give at least one of --cdr, --transfers, --case-persons")
        }
    }

    func run() throws {
        let loader = LinkCSVLoader(connection: try Database.connect())
        var reports: [LinkLoadReport] = []
        for (files, kind) in [(cdr, LinkExportKind.cdr), (transfers, .transfers), (casePersons, .casePersons)] {
            for file in files {
                let report = try loader.load(file, as: kind)
                reports.append(report)
                if !json {
                    print(report.summary)
                    for p in report.problems.prefix(10) { print("  row \(p.row): \(p.reason)") }
                    if report.problems.count > 10 { print("  … \(report.problems.count - 10) more (ansim etl quarantine)") }
                }
            }
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            FileHandle.standardOutput.write(try encoder.encode(reports) + Data("\n".utf8))
        }
    }
}
