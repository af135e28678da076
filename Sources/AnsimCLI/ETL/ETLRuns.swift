import AnsimETL
import AnsimStore
import ArgumentParser
import Foundation

/// `ansim etl runs`.
struct ETLRuns: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "runs", abstract: "List recent loads with their counts and status.")

    @Option(help: "How many runs to show.")
    var limit = 30

    @Flag(help: "Print JSON.")
    var json = false

    struct Run: Codable {
        let id: Int
        let source: String
        let file: String
        let status: String
        let rows_read: Int
        let rows_loaded: Int
        let rows_unchanged: Int
        let rows_quarantined: Int
        let rows_duplicate: Int
        let rows_removed: Int
        let seconds: Double?
        let started_at: Date
        let message: String?
    }

    func run() throws {
        let connection = try Database.connect()
        let runs = try connection.query(
            """
            SELECT id, source, file, status, rows_read, rows_loaded, rows_unchanged, rows_quarantined,
                   rows_duplicate, rows_removed, seconds, started_at, message
            FROM etl_run ORDER BY id DESC LIMIT $1
            """, [limit], purpose: "list ETL runs"
        ).decode(Run.self)
        if json { return try printJSON(runs) }
        print("   id  status     read   loaded  unchgd  quarnt    dup  source")
        for r in runs {
            print(
                String(
                    format: "%5d  %-9@ %7d %8d %7d %7d %6d  %@", r.id, r.status as NSString, r.rows_read,
                    r.rows_loaded, r.rows_unchanged, r.rows_quarantined, r.rows_duplicate,
                    "\(r.source) (\(URL(fileURLWithPath: r.file).lastPathComponent))" as NSString))
            if let m = r.message, r.status != "succeeded" { print("       \(m)") }
        }
    }
}

/// `ansim etl quarantine`.
struct ETLQuarantine: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quarantine",
        abstract: "Show quarantined rows: file, row, reason and the row as it was.")

    @Option(name: .customLong("run"), help: "Only this run (default: the latest run of each file).")
    var runID: Int?

    @Option(help: "How many rows to show.")
    var limit = 50

    @Flag(help: "Print JSON.")
    var json = false

    struct Entry: Codable {
        let run_id: Int
        let file: String
        let row_number: Int
        let reason: String
        let raw: String?
    }

    func run() throws {
        let connection = try Database.connect()
        let rows = try connection.query(
            """
            SELECT q.run_id, q.file, q.row_number, q.reason, q.raw FROM etl_quarantine q
            WHERE ($1::bigint IS NULL AND q.run_id IN (SELECT max(id) FROM etl_run WHERE status = 'succeeded' GROUP BY file))
               OR q.run_id = $1::bigint
            ORDER BY q.run_id, q.row_number LIMIT $2
            """, [runID, limit], purpose: "list quarantined rows"
        ).decode(Entry.self)
        if json { return try printJSON(rows) }
        for e in rows {
            print("\(URL(fileURLWithPath: e.file).lastPathComponent):\(e.row_number): \(e.reason)")
            if let raw = e.raw { print("    \(raw.prefix(160))") }
        }
    }
}

/// `ansim etl sources`.
struct ETLSources: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources", abstract: "List the source definitions (data/sources/*.json).")

    @Flag(help: "Print JSON.")
    var json = false

    func run() throws {
        let catalog = try SourceCatalog(folder: DataFolder.sourcesFolder())
        if json { return try printJSON(catalog.definitions) }
        for d in catalog.definitions {
            print("\(d.id)  [\(d.kind)]  \(d.title)")
            print("    files: \(d.files.joined(separator: ", "))   licence: \(d.licence)")
        }
    }
}
