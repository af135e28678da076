import AnsimReports
import AnsimStore
import ArgumentParser

/// `ansim report history`: the latest report runs with their status.
struct ReportHistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List report runs (scheduled and by hand) with status, attempts and outputs.")

    @Option(help: "How many runs to show.")
    var limit = 20
    @Option(help: "Only the runs of this schedule id.")
    var schedule: Int?

    func run() throws {
        let connection = try Database.connect()
        let entries = try ReportHistory.list(limit: limit, schedule: schedule, on: connection)
        if entries.isEmpty { print("no report runs yet") }
        for e in entries {
            var line = "\(e.id)\t\(e.status)\t\(e.kind) \(e.area) \(e.period)\tattempts \(e.attempts)"
            if let s = e.scheduleID { line += "\tschedule \(s) @ \(e.scheduledFor ?? "-")" }
            if let f = e.finishedAt { line += "\tfinished \(f)" }
            if let d = e.deliveredAt { line += "\tdelivered \(d)" }
            if let p = e.pdfPath ?? e.htmlPath { line += "\t\(p)" }
            if let err = e.error { line += "\terror: \(err)" }
            print(line)
        }
    }
}
