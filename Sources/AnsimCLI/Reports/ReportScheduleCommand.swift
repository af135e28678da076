import AnsimReports
import AnsimStore
import ArgumentParser
import Foundation

/// `ansim report schedule add|list|remove`: schedules stored in the database.
struct ReportScheduleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule",
        abstract: "Add, list or remove report schedules (run by `ansim scheduler`).",
        subcommands: [Add.self, List.self, Remove.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Add a schedule: a cron expression (Asia/Seoul) firing a report of the last complete period.",
            discussion: """
                CRON is five fields — minute hour day-of-month month day-of-week — read as Vixie \
                cron does (names JAN…DEC and SUN…SAT, ranges, steps, lists; when both day fields \
                are restricted a day matching either fires), or @daily, @weekly, @monthly. Each \
                firing reports on the last week (weekly) or month (monthly) completed before it, \
                into OUT/<area>/<period>/, and POSTs figures.json to --webhook when given.

                EXAMPLES
                  ansim report schedule add --cron "0 7 * * MON" --kind weekly --area 강남경찰서 --out reports
                  ansim report schedule add --cron "0 6 1 * *" --kind monthly --area 강남구 --out reports \\
                      --webhook http://127.0.0.1:8080/hooks/reports
                """)

        @Option(help: "Cron expression, Asia/Seoul time.")
        var cron: String
        @Option(help: "weekly or monthly.")
        var kind: String
        @Option(help: "구, police station, police box or 행정동.")
        var area: String
        @Option(help: "Delivery folder.")
        var out: String
        @Option(help: "URL to POST figures.json to.")
        var webhook: String?
        @Option(help: "Attempts before a run is marked failed.")
        var maxAttempts = 5
        @Option(help: "Seconds before the first retry (doubled each further attempt).")
        var backoff = 60.0
        @Option(help: "Agency.")
        var agency = "seoul"

        func run() throws {
            guard let k = ReportKind(rawValue: kind) else {
                throw ValidationError("--kind \(kind): expected weekly or monthly")
            }
            let connection = try Database.connect()
            let folder = URL(fileURLWithPath: out).standardizedFileURL.path
            let s = try ReportSchedule.add(
                kind: k, area: area, cron: cron, outDir: folder, webhookURL: webhook, agency: agency,
                maxAttempts: maxAttempts, backoffSeconds: backoff, on: connection)
            let next = s.next(after: Date()).map(ReportJSON.seoulTimestamp) ?? "never"
            print(
                "schedule \(s.id): \(s.kind.rawValue) report of \(s.area) at \"\(s.cron)\" (Asia/Seoul); next run \(next)"
            )
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List schedules with their next firing.")

        func run() throws {
            let connection = try Database.connect()
            let all = try ReportSchedule.list(on: connection)
            if all.isEmpty { print("no schedules") }
            for s in all {
                let next =
                    s.next(after: max(Date(), s.firedThrough)).map(ReportJSON.seoulTimestamp) ?? "never"
                print(
                    "\(s.id)\t\(s.enabled ? "enabled" : "disabled")\t\(s.kind.rawValue)\t\(s.area)\t\"\(s.cron)\"\tnext \(next)\t\(s.outDir)"
                        + (s.webhookURL.map { "\twebhook \($0)" } ?? ""))
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove a schedule (its run history stays).")

        @Argument(help: "Schedule id.")
        var id: Int

        func run() throws {
            let connection = try Database.connect()
            guard try ReportSchedule.remove(id, on: connection) else {
                throw ValidationError("no schedule \(id)")
            }
            print("removed schedule \(id)")
        }
    }
}
