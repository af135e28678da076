import ArgumentParser

/// `ansim analyze`: hotspot statistics on files (the file-in/file-out contract).
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract:
            "Statistics on CSV files: Gi*, Local Moran, KDE, Knox, emerging hot spots, Ripley's K, profiles, …",
        discussion: """
            All files are CSV with a header; coordinates are metres in a projected CRS. A \
            grid cell (row, col) has its centre at x = xmin + (col + 0.5)·cell, \
            y = ymin + (row + 0.5)·cell; row 0 is the southernmost.
            """,
        subcommands: [
            AnalyzeGiStar.self, AnalyzeMoran.self, AnalyzeKDE.self, AnalyzeKnox.self,
            AnalyzeEmerging.self, AnalyzeRipley.self, AnalyzeProfile.self, AnalyzeRepeats.self,
            AnalyzeClusters.self, AnalyzeBin.self,
        ]
    )
}
