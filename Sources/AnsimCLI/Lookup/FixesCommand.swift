import AnsimLookup
import AnsimLookupStore
import AnsimStore
import ArgumentParser
import Foundation

/// `ansim fixes`: GPS fixes of electronic-monitoring wearers.
struct FixesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fixes",
        abstract: "Load GPS fixes of electronic-monitoring wearers.",
        subcommands: [FixesLoad.self])
}

/// `ansim fixes load FILE`: a bulk NDJSON file into gps_fix.
struct FixesLoad: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Load an NDJSON file of fixes (the POST /fixes format) into gps_fix.",
        discussion: """
            One JSON object a line: {"tag":"EM-0000001","time":"2026-11-28T12:00:00Z", \
            "lon":127.03,"lat":37.50,"heading":90,"speed":1.3} (or "person_id", or "x"/"y" in \
            EPSG:5179). Fixes already stored (same wearer and time) are skipped; out-of-order \
            fixes are fine; bad lines are reported with their numbers and skipped. Loaded in \
            batches of --batch lines, one transaction each. A running `ansim serve` picks the \
            new fixes up through NOTIFY.
            """)

    @Argument(help: "The NDJSON file.") var file: String
    @Option(help: "Lines per transaction.") var batch = 50_000

    func run() throws {
        let connection = try Database.connect()
        guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8)
        else { throw ValidationError("cannot read \(file) as UTF-8 text") }
        let tags = Dictionary(
            try connection.query("SELECT tag_id, id FROM monitored_person", purpose: "read wearer tags").map {
                (try $0.decode(String.self, at: 0), try $0.decode(Int64.self, at: 1))
            }, uniquingKeysWith: { a, _ in a })
        let started = Date()
        var read = 0
        var inserted = 0
        var rejected: [(line: Int, reason: String)] = []
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var start = 0
        while start < lines.count {
            let end = min(lines.count, start + batch)
            let chunk = lines[start..<end].joined(separator: "\n")
            let parsed = try FixIngest.parse(Substring(chunk), person: { tags[$0] }, now: ISOTime.now())
            read += parsed.fixes.count + parsed.rejected.count
            rejected += parsed.rejected.map { (start + $0.line, $0.reason) }
            inserted += try connection.transaction(purpose: "load fixes") { c in
                try FixIngest.insert(parsed, on: c).count
            }
            start = end
        }
        let seconds = Date().timeIntervalSince(started)
        print(
            "\(file): \(read) fixes read, \(inserted) inserted, \(read - inserted - rejected.count) already stored, "
                + "\(rejected.count) rejected" + String(format: " (%.2f s, %.0f fixes/s)", seconds, Double(read) / max(seconds, 1e-9)))
        for r in rejected.prefix(10) { print("  line \(r.line): \(r.reason)") }
        if rejected.count > 10 { print("  … \(rejected.count - 10) more") }
    }
}
