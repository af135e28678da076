import AnsimSupport
import ArgumentParser
import Foundation

/// `ansim batch backtest`: the forecast backtest with one Dask task per test period
/// (scripts/batch/backtest.py), over one dataset or every agency of a GeoParquet store.
struct BatchBacktest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backtest",
        abstract: "The rolling-origin forecast backtest, one Dask task per test period.",
        discussion: """
            Runs scripts/batch/backtest.py in .venv-batch. The test periods of `ansim backtest` \
            are independent (each trains every method, tunes it by an inner backtest and scores \
            the fixed KDEs), so each is one Dask task — `ansim backtest … --only-period K \
            --json`, retried twice — and `ansim backtest … --merge` puts the reports back \
            together: the output is byte for byte what `ansim backtest` prints for the same \
            options. DATASET is portland or a CSV with x,y,t; --store instead runs one backtest \
            per agency of a GeoParquet store (`ansim batch export`), its months joined, times \
            in UTC. --workers N uses a dask.distributed LocalCluster of N processes; --single \
            runs the same calls in a plain loop. A JSON line on standard error gives the time.

            EXAMPLES
              ansim batch backtest portland --horizon 1d --workers 2 --out docs/ANALYTICS-BACKTEST.md
              ansim batch backtest --store /data/store --test-start 2025-06-01 --horizon 7d --cell 250 \\
                --workers 2 --out backtests/
            """
    )

    @Argument(help: "portland, or a CSV with x,y,t (or give --store).")
    var dataset: String?
    @Option(help: "A GeoParquet store: one backtest per agency (its months joined).")
    var store: String?
    @Option(help: "The store's table: incident or call_112.")
    var table: BatchTable = .incident
    @Option(help: "Only this agency of the store (repeatable).")
    var agency: [String] = []
    @Option(help: "Shared data folder (default $ANSIM_DATA or ../shared/data).")
    var data: String?
    @Option(help: "Cell size in metres.")
    var cell: Double?
    @Option(help: "Portland CATEGORY: all, burglary, street, auto, or a CATEGORY value.")
    var category: String?
    @Option(help: "Test period length: 7d, 1d, …")
    var horizon: String?
    @Option(name: .customLong("test-start"), help: "First test day (required for a CSV or a store).")
    var testStart: String?
    @Option(help: "Number of test periods (default: all whole periods in the data).")
    var periods: Int?
    @Option(help: "Seed for the random choices.")
    var seed: UInt64?
    @Option(help: "Markdown output: a file (DATASET) or a folder of <agency>.md (--store).")
    var out: String?
    @Flag(help: "Print the merged report(s) as JSON.")
    var json = false
    @Option(help: "Dask worker processes (LocalCluster).")
    var workers: Int = 2
    @Flag(help: "No Dask: the same ansim calls in a plain loop.")
    var single = false

    func validate() throws {
        guard (dataset == nil) != (store == nil) else {
            throw ValidationError("give a DATASET or --store, not both")
        }
        guard workers >= 1 else { throw ValidationError("--workers must be ≥ 1") }
        if !agency.isEmpty, store == nil { throw ValidationError("--agency selects agencies of a --store") }
    }

    /// The options every `ansim backtest` call of the job gets.
    var backtestOptions: [String] {
        var o: [String] = []
        if let data { o += ["--data", data] }
        if let cell { o += ["--cell", "\(cell)"] }
        if let category { o += ["--category", category] }
        if let horizon { o += ["--horizon", horizon] }
        if let testStart { o += ["--test-start", testStart] }
        if let periods { o += ["--periods", "\(periods)"] }
        if let seed { o += ["--seed", "\(seed)"] }
        return o
    }

    func run() throws {
        let python = try BatchPython.locate()
        var arguments = ["--ansim", BatchPython.ansimExecutable]
        if let dataset { arguments += ["--dataset", dataset] }
        if let store { arguments += ["--store", store, "--table", table.rawValue] }
        arguments += agency.flatMap { ["--agency", $0] }
        arguments += backtestOptions.map { "--option=\($0)" }
        if let out { arguments += ["--out", out] }
        if json { arguments += ["--json"] }
        arguments += single ? ["--single"] : ["--workers", "\(workers)"]
        let result = try Subprocess.run(
            python.python, [python.root + "/scripts/batch/backtest.py"] + arguments,
            directory: FileManager.default.currentDirectoryPath)
        guard result.status == 0 else {
            throw AnsimError(result.lastLine.replacingOccurrences(of: "backtest.py: error: ", with: ""))
        }
        FileHandle.standardOutput.write(Data(result.output.utf8))
        if let timing = result.error.split(whereSeparator: \.isNewline).last(where: { $0.hasPrefix("{") }) {
            FileHandle.standardError.write(Data((timing + "\n").utf8))
        }
    }
}
