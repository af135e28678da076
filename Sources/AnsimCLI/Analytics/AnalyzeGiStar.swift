import AnsimAnalytics
import AnsimSupport
import ArgumentParser

/// `ansim analyze gistar`: Getis-Ord Gi* on a grid of counts or on areas (file in, file out).
struct AnalyzeGiStar: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gistar",
        abstract: "Getis-Ord Gi* hotspot z-scores and p-values on a grid or on areas, as PySAL esda.",
        discussion: """
            Reads --grid, a CSV with the columns row,col,count that lists every cell of a \
            rectangular grid once, in any order (rows and cols start at 0; the grid spans \
            0…max). Writes --out with row,col,z,p, one line per cell, sorted by row then col.

            z is Gi* with queen contiguity and the cell itself in its neighbourhood (binary \
            weights, self weight 1): PySAL esda G_Local(y, lat2W(rows, cols, rook=False), \
            transform="B", star=True).Zs. p = 1 − Φ(|z|), esda's p_norm (one-sided, ≤ 0.5). \
            Where esda gets 0/0 — all counts equal (e.g. all zero), a single cell, or a \
            neighbourhood that is the whole grid — z = 0 and p = 0.5. Counts must be finite \
            and non-negative.

            Or reads --areas, a CSV with the columns id,wkt,value: one area (행정동, police-box \
            jurisdiction) per row, its Polygon or MultiPolygon as quoted WKT in a projected \
            metric CRS (e.g. EPSG:5179), and a non-negative value. Writes --out with id,z,p \
            in file order. The weights are binary with the area itself included (esda \
            G_Local(y, w, transform="B", star=True)); --weights picks w: queen (areas sharing \
            at least a point, libpysal Queen.from_dataframe on clean data), rook (sharing a \
            boundary line), or distance:METRES (centroids within METRES, libpysal \
            DistanceBand(binary=True)). --snap METRES counts areas within METRES of each other \
            as touching (for slivers and gaps in boundary files). An area with no neighbours \
            (an island) is compared with the whole on its own value.

            EXAMPLES
              ansim analyze gistar --grid cells.csv --out z.csv
              ansim analyze gistar --areas dong.csv --weights queen --out z.csv
              ansim analyze gistar --areas dong.csv --weights distance:1500 --out z.csv
            """
    )

    @Option(help: "Input CSV with row,col,count for every cell of the grid.")
    var grid: String?

    @Option(help: "Input CSV with id,wkt,value, one area per row (instead of --grid).")
    var areas: String?

    @Option(help: "Weights between --areas: queen, rook or distance:METRES.")
    var weights: ArealWeights = .queen

    @Option(help: "Snapping tolerance in metres for queen/rook contiguity of --areas.")
    var snap: Double = 0

    @Option(help: "Output CSV: row,col,z,p for --grid; id,z,p for --areas.")
    var out: String

    func validate() throws {
        try AnalyzeGiStar.validateInputs(grid: grid, areas: areas, snap: snap)
    }

    /// Exactly one of --grid and --areas; a finite non-negative --snap.
    static func validateInputs(grid: String?, areas: String?, snap: Double) throws {
        guard (grid == nil) != (areas == nil) else {
            throw ValidationError("give either --grid or --areas (one input)")
        }
        guard snap >= 0, snap.isFinite else { throw ValidationError("--snap must be ≥ 0 metres") }
    }

    func run() throws {
        if let areas {
            return try runAreas(areas)
        }
        let grid = grid!
        let cells = try AnalyticsIO.gridCounts(grid)
        let result: GetisOrd.Result
        do {
            result = try GetisOrd.localStar(
                values: cells.values, weights: GridWeights(rows: cells.rows, cols: cells.cols))
        } catch {
            throw AnsimError("\(grid): \(error.description)")
        }
        try AnalyticsIO.write(out, header: ["row", "col", "z", "p"], rows: cells.values.count) { i in
            [
                String(i / cells.cols), String(i % cells.cols), AnalyticsIO.number(result.z[i]),
                AnalyticsIO.number(result.p[i]),
            ]
        }
        let hot = result.z.count { $0 >= 1.959963984540054 }
        let cold = result.z.count { $0 <= -1.959963984540054 }
        print(
            "wrote Gi* for \(cells.values.count) cells (\(cells.rows)×\(cells.cols) grid) to \(out): "
                + "\(hot) hot and \(cold) cold at |z| ≥ 1.96")
    }

    private func runAreas(_ path: String) throws {
        let input = try ArealInput.read(path, weights: weights, snap: snap, nonNegative: true)
        let result: GetisOrd.Result
        do {
            result = try GetisOrd.localStar(values: input.values, weights: input.weights)
        } catch {
            throw AnsimError("\(path): \(error.description)")
        }
        try AnalyticsIO.write(out, header: ["id", "z", "p"], rows: input.ids.count) { i in
            [
                ArealInput.field(input.ids[i]), AnalyticsIO.number(result.z[i]),
                AnalyticsIO.number(result.p[i]),
            ]
        }
        let hot = result.z.count { $0 >= 1.959963984540054 }
        let cold = result.z.count { $0 <= -1.959963984540054 }
        print(
            "wrote Gi* for \(input.summary(weights)) to \(out): \(hot) hot and \(cold) cold at |z| ≥ 1.96")
    }
}

extension AnalyticsIO {
    /// Reads a CSV with row,col,count listing every cell of a rectangular grid once, in any
    /// order, into row-major values. Throws one line naming the file and the problem
    /// (a missing or repeated cell, a bad index, a value that is not a finite number).
    static func gridCounts(_ path: String) throws -> (rows: Int, cols: Int, values: [Double]) {
        let columns = try numbers(path, ["row", "col", "count"])
        do {
            return try GridWeights.cells(
                rows: columns[0], cols: columns[1], values: columns[2], describe: { "line \($0 + 2)" })
        } catch {
            throw AnsimError("\(path): \(error.description)")
        }
    }
}
