import ArgumentParser

/// `ansim report`: weekly and monthly reports per police station, box or 구.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Weekly and monthly analytics reports (HTML, SVG maps, PDF, JSON) and their schedules.",
        discussion: """
            A report covers one area — a 구 (강남구), a police station (강남경찰서), a police box \
            (역삼지구대) or a 행정동 — for an ISO week (2023-W14) or a month (2023-04): crimes by \
            class and 112 calls by code against the previous period and the same period last \
            year, 112 response times against targets, a Gi* hotspot map and a forecast for the \
            next period (recorded analytics runs, reused when identical), CCTV coverage of the \
            hotspots, patrol coverage of the forecast risk, and hotline counts. Every figure \
            names the run or query it came from; synthetic inputs are labelled.

            Schedules (`ansim report schedule add`) are run by `ansim scheduler`. See docs/REPORTS.md.
            """,
        subcommands: [ReportRunCommand.self, ReportScheduleCommand.self, ReportHistoryCommand.self]
    )
}
