import ArgumentParser

/// `ansim batch`: multi-year batch analytics over a GeoParquet store, scheduled by Dask.
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Export closed months to GeoParquet and run historical cubes on Dask.",
        discussion: """
            Closed months (strictly before the current month in the agency's time zone) are \
            exported per agency to a GeoParquet store: <store>/<table>/agency=<a>/month=<m>/\
            part.parquet, Point geometries in EPSG:5179, with <store>/manifest.json listing \
            each partition's rows and sha256. Historical jobs read the store on Dask \
            (dask.distributed): each task runs an Ansim file-in/file-out command on one \
            partition (`ansim analyze bin`, `ansim analyze gistar`), and Dask schedules, \
            retries and merges. The Python side lives in scripts/batch/ and runs in the pinned \
            .venv-batch that scripts/batch-env.sh creates (once, on first use). See docs/SCALE.md.

            `ansim batch backtest` runs the forecast backtest with one Dask task per test period \
            (over one dataset, or every agency of a store).

            EXAMPLES
              ansim batch export --month 2025-01 --month 2025-02 --out /data/store
              ansim batch cube --store /data/store --bbox 935000,1936000,972000,1966000 \\
                --workers 2 --out cube.parquet
            """,
        subcommands: [BatchExport.self, BatchCube.self, BatchBacktest.self]
    )
}
