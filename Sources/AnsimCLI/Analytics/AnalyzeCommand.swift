import ArgumentParser

/// `ansim analyze`: hotspot statistics on files (the file-in/file-out contract).
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Hotspot statistics on CSV files: Gi*, Local Moran's I, KDE, the Knox test.",
        discussion: """
            All files are CSV with a header; coordinates are metres in a projected CRS. A \
            grid cell (row, col) has its centre at x = xmin + (col + 0.5)·cell, \
            y = ymin + (row + 0.5)·cell; row 0 is the southernmost.
            """,
        subcommands: [AnalyzeGiStar.self, AnalyzeMoran.self, AnalyzeKDE.self, AnalyzeKnox.self]
    )
}
