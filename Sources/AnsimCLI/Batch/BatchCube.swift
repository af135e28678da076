import AnsimSupport
import ArgumentParser
import Foundation

/// `ansim batch cube`: the multi-month Gi* cube over the store, on Dask (scripts/batch/cube.py).
struct BatchCube: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cube",
        abstract: "A month × cell Gi* hotspot cube over the GeoParquet store, scheduled by Dask.",
        discussion: """
            Runs scripts/batch/cube.py in .venv-batch. Each partition of the store (checked \
            against the manifest's sha256) is binned on one fixed grid (--bbox, --cell) by \
            `ansim analyze bin` in a Dask task (retried twice); each month's counts are summed \
            and its full grid goes to `ansim analyze gistar --grid` in another task (Gi* needs \
            the month's whole grid). Writes --out (.parquet or .csv) with \
            month,row,col,count,z,p,synthetic: every cell of every month, sorted. \
            --workers N uses a dask.distributed LocalCluster of N processes with one thread \
            each; --single runs the same ansim calls in a plain loop with no Dask, and gives \
            the same cube. A bad row in a partition fails the job with the file and the row.

            EXAMPLE
              ansim batch cube --store /data/store --bbox 935000,1936000,972000,1966000 \\
                --cell 100 --workers 2 --out cube.parquet
            """
    )

    @Option(help: "The store folder (with manifest.json).")
    var store: String

    @Option(help: "xmin,ymin,xmax,ymax of the fixed grid, metres in EPSG:5179.")
    var bbox: String

    @Option(help: "Cell size in metres.")
    var cell: Double = 100

    @Option(help: "Dask worker processes (LocalCluster).")
    var workers: Int = 2

    @Flag(help: "No Dask: the same ansim calls in a plain loop.")
    var single = false

    @Option(help: "The table whose partitions to read: incident or call_112.")
    var table: BatchTable = .incident

    @Option(help: "Only this agency (repeatable).")
    var agency: [String] = []

    @Option(help: "Only this month YYYY-MM (repeatable).")
    var month: [BatchMonth] = []

    @Option(help: "Output cube: .parquet or .csv.")
    var out: String

    func validate() throws {
        guard workers >= 1 else { throw ValidationError("--workers must be ≥ 1") }
        guard cell.isFinite, cell > 0 else { throw ValidationError("--cell must be a positive number of metres") }
    }

    func run() throws {
        let python = try BatchPython.locate()
        var arguments = [
            "--store", store, "--ansim", BatchPython.ansimExecutable, "--bbox", bbox, "--cell", "\(cell)",
            "--out", out, "--table", table.rawValue,
        ]
        arguments += single ? ["--single"] : ["--workers", "\(workers)"]
        arguments += agency.flatMap { ["--agency", $0] } + month.flatMap { ["--month", $0.description] }
        let result = try Subprocess.run(
            python.python, [python.root + "/scripts/batch/cube.py"] + arguments,
            directory: FileManager.default.currentDirectoryPath)
        guard result.status == 0 else { throw AnsimError(result.lastLine.replacingOccurrences(of: "cube.py: error: ", with: "")) }
        print(result.output.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
