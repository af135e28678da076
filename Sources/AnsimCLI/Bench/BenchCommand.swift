import ArgumentParser

/// `ansim bench`: speed measured against the reference tools in the same run.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Benchmarks that print Ansim's figure beside the reference tool's.",
        discussion: """
            Each benchmark runs Ansim and the reference tool on the same input, on the same \
            database, in the same run, and prints both figures with their ratio and the goal. \
            Benchmarks are not part of the test suite (tests never time things).
            """,
        subcommands: [
            BenchCopy.self, BenchETL.self, BenchAnalytics.self, BenchGeofence.self, BenchRoads.self, BenchTOP.self,
            BenchEmerging.self, BenchLookup.self, BenchLinks.self, BenchMedia.self, BenchBatch.self,
        ]
    )
}
