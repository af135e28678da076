import AnsimSupport
import ArgumentParser
import Foundation

/// `ansim bench batch`: the Dask batch cube, Ansim per partition beside Dask-only code.
struct BenchBatch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "The multi-month Gi* cube on Dask: Ansim per partition (1, 2 workers) beside Dask-only numpy.",
        discussion: """
            Runs scripts/batch/bench.py in .venv-batch (scripts/batch-env.sh creates it once). \
            It writes a seeded synthetic GeoParquet store — --points points over --months \
            months × --agencies agencies on a Seoul-sized grid of 100 m cells (300 × 370) — \
            then times, in the same run: the cube of `ansim batch cube` on a Dask LocalCluster \
            of 1 and of 2 worker processes (`ansim analyze bin` per partition, `ansim analyze \
            gistar` per month, this executable); plain Dask-only code (dask-geopandas \
            read_parquet, numpy binning, Gi* in numpy/scipy from the formula) on 1 and 2 \
            workers; and the same Ansim calls in a loop without Dask. Every cube is compared \
            with the 2-worker Ansim cube: counts exactly, z and p as max |Δ|. Use the release \
            build (`.build/release/ansim bench batch`) for figures.
            """
    )

    @Option(help: "Synthetic points in all.")
    var points = 10_000_000

    @Option(help: "Months in the cube.")
    var months = 12

    @Option(help: "Agencies (each its half, third… of the grid; one partition per agency and month).")
    var agencies = 2

    @Option(help: "Seed of the synthetic store.")
    var seed = 20_251_129

    @Flag(help: "Skip the run without Dask.")
    var noSingle = false

    func validate() throws {
        guard points >= 1000, months >= 1, agencies >= 1 else {
            throw ValidationError("--points must be ≥ 1000, --months and --agencies ≥ 1")
        }
    }

    func run() throws {
        let python = try BatchPython.locate()
        var arguments = [
            "--ansim", BatchPython.ansimExecutable, "--points", "\(points)", "--months", "\(months)",
            "--agencies", "\(agencies)", "--seed", "\(seed)",
        ]
        if noSingle { arguments.append("--no-single") }
        let result = try python.run("bench.py", arguments)
        print(result.output.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
