import AnsimAnalytics
import AnsimSupport
import ArgumentParser
import Foundation

/// `ansim analyze bin`: counts of points per cell of a fixed grid (file in, file out).
///
/// The per-partition step of the batch cube (docs/SCALE.md): every partition of a month
/// is binned on the same grid (same --bbox and --cell), so partial counts add up.
struct AnalyzeBin: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bin",
        abstract: "Count points per cell of a fixed grid; the counts of any split of the points add up.",
        discussion: """
            Reads --points, a CSV with the columns x,y (metres in a projected CRS; other \
            columns are ignored). The grid is the one of `ansim analyze kde`: square cells of \
            --cell metres from (xmin, ymin) of --bbox; cell (row, col) holds the points with \
            xmin + col·cell ≤ x < xmin + (col+1)·cell and likewise for y. Writes --out with \
            row,col,count for the cells that hold at least one point, sorted by row then col. \
            Because the grid is fixed by --bbox and not by the data, the counts of any split \
            of the points (by agency, by month, by file) sum to the counts of the whole.

            A point outside the grid, or a coordinate that is not a finite number, is an \
            error naming the file and the row (row 2 is the first after the header); with \
            --skip-outside, points outside are counted and reported instead.

            EXAMPLE
              ansim analyze bin --points part.csv --cell 100 \\
                --bbox 935000,1936000,972000,1966000 --out counts.csv
            """
    )

    @Option(help: "Input CSV with x,y.")
    var points: String

    @Option(help: "Cell size in metres.")
    var cell: Double

    @Option(help: "xmin,ymin,xmax,ymax of the grid in metres (fixed for every partition).")
    var bbox: String

    @Flag(help: "Count and report points outside the grid instead of failing on the first.")
    var skipOutside = false

    @Option(help: "Output CSV: row,col,count for each non-empty cell.")
    var out: String

    func validate() throws {
        guard cell.isFinite, cell > 0 else {
            throw ValidationError("--cell must be a positive number of metres")
        }
        _ = try grid()
    }

    /// The grid of --bbox and --cell (the same rule as `ansim analyze kde`).
    func grid() throws -> Grid {
        let parts = bbox.split(separator: ",", omittingEmptySubsequences: false).map {
            Double($0.trimmingCharacters(in: .whitespaces))
        }
        guard parts.count == 4, let xmin = parts[0], let ymin = parts[1], let xmax = parts[2],
            let ymax = parts[3], [xmin, ymin, xmax, ymax].allSatisfy(\.isFinite)
        else { throw ValidationError("--bbox must be four numbers xmin,ymin,xmax,ymax, not \"\(bbox)\"") }
        guard xmax > xmin, ymax > ymin else {
            throw ValidationError("--bbox \(bbox) is empty: xmax must exceed xmin and ymax ymin")
        }
        let (cols, rows) = (((xmax - xmin) / cell).rounded(.up), ((ymax - ymin) / cell).rounded(.up))
        guard rows * cols <= 200_000_000 else {
            throw ValidationError(
                "--bbox with --cell \(cell) makes \(Int(rows))×\(Int(cols)) cells; at most 200 million")
        }
        return Grid(bbox: xmin, ymin, xmax, ymax, cell: cell)
    }

    func run() throws {
        let grid = try grid()
        let columns = try AnalyticsIO.numbers(points, ["x", "y"])
        let (xs, ys) = (columns[0], columns[1])
        var counts: [Int: Int] = [:]
        var outside = 0
        for i in xs.indices {
            guard let (r, c) = grid.cellOf(x: xs[i], y: ys[i]) else {
                guard skipOutside else {
                    throw AnsimError(
                        "\(points): row \(i + 2): point (\(xs[i]), \(ys[i])) is outside the grid "
                            + "(\(grid.rows)×\(grid.cols) cells of \(grid.cell) m from (\(grid.xmin), \(grid.ymin)))")
                }
                outside += 1
                continue
            }
            counts[grid.index(row: r, col: c), default: 0] += 1
        }
        let cells = counts.keys.sorted()
        try AnalyticsIO.write(out, header: ["row", "col", "count"], rows: cells.count) { k in
            let i = cells[k]
            return [String(i / grid.cols), String(i % grid.cols), String(counts[i]!)]
        }
        print(
            "binned \(xs.count - outside) points into \(cells.count) cells of a \(grid.rows)×\(grid.cols) grid "
                + "(\(AnalyticsIO.number(grid.cell)) m) to \(out); \(outside) outside")
    }
}
