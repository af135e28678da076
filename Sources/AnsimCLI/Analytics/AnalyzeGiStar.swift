import AnsimAnalytics
import AnsimSupport
import ArgumentParser

/// `ansim analyze gistar`: Getis-Ord Gi* on a grid of counts (file in, file out).
struct AnalyzeGiStar: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gistar",
        abstract: "Getis-Ord Gi* hotspot z-scores and p-values on a grid of counts, as PySAL esda.",
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

            EXAMPLE
              ansim analyze gistar --grid cells.csv --out z.csv
            """
    )

    @Option(help: "Input CSV with row,col,count for every cell of the grid.")
    var grid: String

    @Option(help: "Output CSV: row,col,z,p.")
    var out: String

    func run() throws {
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
