import AnsimSupport
import ArgumentParser
import Foundation

/// `ansim bench analytics`.
struct BenchAnalytics: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analytics",
        abstract: "Gi*, Local Moran and exact KDE against PySAL esda and a scipy cKDTree sum.",
        discussion: """
            Generates seeded synthetic incidents (60 % in 120 Gaussian hotspots of σ 0.3–3 % \
            of the extent, 40 % uniform background) and from them (1) a --grid-side² grid of \
            counts of 30 m cells (2 incidents a cell on average) for Gi*, (2) a --moran-side² \
            grid for Local Moran's I with --permutations, (3) --points points over a \
            --kde-side² grid of --kde-cell m cells for the exact quartic KDE with bandwidth \
            --bandwidth (the defaults, 30 m cells and h = 250 m — a 30 km square, Seoul's \
            size — put ≈ 218 cells under each kernel). Inputs are written as CSV in the \
            `ansim analyze` contract to a temporary folder.

            Ansim runs in process: its time is the computation only (median of 3), with the \
            end-to-end time of reading the CSV as `ansim analyze` does and computing beside it \
            (e2e). Each reference (scripts/bench/gistar_esda.py, moran_esda.py, \
            kde_ckdtree.py, in the pinned .venv-ref of scripts/reference-env.sh, created on \
            first use) times its own computation, excluding reading the file. The run also \
            checks that both sides computed the same thing: max |Δz| of Gi*, max |ΔI| of \
            Local Moran (z_sim and p_sim are Monte-Carlo and compared in a note) and the max \
            relative difference of the KDE densities. Goals (reference / Ansim): Gi* ≥ 50×, \
            Local Moran ≥ 20×, KDE ≥ 10×. Peak memory is each side's max RSS.

            --quick shrinks every size (100² grids, 50,000 points on 100² cells, 99 \
            permutations) for a smoke run of a few seconds; --no-reference runs Ansim alone.
            """
    )

    @Option(help: "Tests to run, comma-separated: gistar, moran, kde.")
    var only = "gistar,moran,kde"

    @Option(help: "Side of the Gi* grid in cells (default 1000; --quick 100).")
    var gridSide: Int?

    @Option(help: "Side of the Local Moran grid in cells (default 316, ≈ 100k cells; --quick 100).")
    var moranSide: Int?

    @Option(help: "Local Moran permutations per cell (default 999; --quick 99).")
    var permutations: Int?

    @Option(help: "KDE points (default 1000000; --quick 50000).")
    var points: Int?

    @Option(help: "Side of the KDE grid in cells (default 1000; --quick 100).")
    var kdeSide: Int?

    @Option(help: "KDE cell size in metres.")
    var kdeCell = 30.0

    @Option(help: "KDE quartic bandwidth h in metres.")
    var bandwidth = 250.0

    @Option(help: "Seed of the synthetic inputs and of the permutations.")
    var seed: UInt64 = 20_240_601

    @Option(help: "esda Moran_Local n_jobs (1, its default, is fastest without numba).")
    var referenceJobs = 1

    @Flag(help: "Small sizes: a smoke run of a few seconds.")
    var quick = false

    @Flag(help: "Run Ansim only (no Python reference, no agreement check).")
    var noReference = false

    @Flag(help: "Keep the generated inputs and the reference outputs (the folder is printed).")
    var keep = false

    @Flag(help: "Print JSON instead of the table.")
    var json = false

    var tests: [String] { only.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
    var gistarSide: Int { gridSide ?? (quick ? 100 : 1000) }
    var moranGridSide: Int { moranSide ?? (quick ? 100 : 316) }
    var moranPermutations: Int { permutations ?? (quick ? 99 : 999) }
    var kdePoints: Int { points ?? (quick ? 50_000 : 1_000_000) }
    var kdeGridSide: Int { kdeSide ?? (quick ? 100 : 1000) }

    func validate() throws {
        for t in tests where !["gistar", "moran", "kde"].contains(t) {
            throw ValidationError("--only takes gistar, moran and kde, not \"\(t)\"")
        }
        guard !tests.isEmpty else { throw ValidationError("--only names no test") }
        guard gistarSide >= 3, moranGridSide >= 3, kdeGridSide >= 1 else {
            throw ValidationError("grid sides must be at least 3 cells")
        }
        guard moranPermutations >= 1, kdePoints >= 1 else {
            throw ValidationError("--permutations and --points must be positive")
        }
        guard kdeCell.isFinite, kdeCell > 0, bandwidth.isFinite, bandwidth > 0 else {
            throw ValidationError("--kde-cell and --bandwidth must be positive numbers of metres")
        }
    }

    func run() throws {
        let reference = noReference ? nil : try BenchAnalyticsReference.locate()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
            "ansim-bench-analytics-\(getpid())"
        ).path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer {
            if keep {
                FileHandle.standardError.write(Data("kept the inputs and outputs in \(dir)\n".utf8))
            } else {
                try? FileManager.default.removeItem(atPath: dir)
            }
        }
        let perStagePeak = BenchAnalyticsMemory.resetPeak()
        var rows: [BenchAnalyticsRow] = []
        if tests.contains("gistar") { rows.append(try gistar(in: dir, reference: reference)) }
        if tests.contains("moran") { rows.append(try moran(in: dir, reference: reference)) }
        if tests.contains("kde") { rows.append(try kde(in: dir, reference: reference)) }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        if json {
            let object: [String: Any] = [
                "benchmark": "analytics", "seed": seed, "cores": cores, "reference": reference != nil,
                "peak_per_stage": perStagePeak, "tests": rows.map(\.json),
            ]
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
            return
        }
        BenchAnalyticsRow.printTable(
            rows,
            heading: [
                "Analytics on synthetic clustered incidents (seed \(seed)), \(cores) cores; "
                    + (reference == nil
                        ? "Ansim only (--no-reference)"
                        : "reference: .venv-ref pinned by scripts/reference-env.sh"),
                "  ansim s: computation in process, median of 3; e2e s: reading the CSV + computing, once;",
                "  ref s: the reference script's own timing of its computation (reading excluded); "
                    + "ratio = ref s / ansim s",
            ])
        if !perStagePeak {
            print("  (peak memory is the process's peak so far: this platform cannot reset it)")
        }
        print(
            "  Ansim's Local Moran and KDE run on all cores (DispatchQueue.concurrentPerform); "
                + "Gi* is one O(cells) pass.")
    }

    /// Runs `body` `times` times and returns its last result and the median wall time.
    func timed<T>(_ times: Int = 3, _ body: () throws -> T) rethrows -> (T, Double) {
        var seconds: [Double] = []
        var last: T?
        for _ in 0..<times {
            let started = ContinuousClock.now
            last = try body()
            seconds.append((ContinuousClock.now - started).seconds)
        }
        return (last!, seconds.sorted()[times / 2])
    }
}
