import AnsimAnalytics
import AnsimSupport
import ArgumentParser
import Foundation

/// `ansim evaluate`: hit rate, PAI and PEI of a grid forecast against the events that followed.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score a grid forecast: hit rate, PAI and PEI at an area coverage (NIJ 2016).",
        discussion: """
            Reads --forecast, a CSV with row,col,x,y,score for every cell of a grid of square \
            cells (any order; x,y the cell centre, row 0 the southernmost; a density column, \
            as ansim analyze kde writes, stands in for a missing score), and --actual, a \
            CSV with the events' x,y (other columns ignored). The grid is inferred: the cell \
            size is the spacing of the centres, xmin = min x − cell/2, ymin = min y − cell/2, \
            and every centre must sit where its row and col put it (within 0.1 % of a cell).

            The k = ⌊coverage × cells⌋ (at least 1) highest-scoring cells are flagged, ties \
            to the lower row, then col. With N the events (those outside the grid count, and \
            are never captured) and n those in flagged cells: hit_rate = n/N, \
            pai = (n/N)/(k/cells) (Chainey et al. 2008), pei = pai/pai* = n/n* with n* the \
            most events any k cells hold (Hunt 2016; NIJ Real-Time Crime Forecasting \
            Challenge 2016). With no events all three are 0. Prints one JSON line with \
            hit_rate, pai, pei, cells_flagged, crimes_captured and total_crimes.

            EXAMPLE
              ansim evaluate --forecast scores.csv --actual test.csv --coverage 0.01
            """
    )

    @Option(help: "Forecast CSV with row,col,x,y,score for every cell.")
    var forecast: String

    @Option(help: "Events CSV with x,y.")
    var actual: String

    @Option(help: "Share of the grid's cells to flag, in (0, 1].")
    var coverage: Double

    func validate() throws {
        guard coverage > 0, coverage <= 1 else { throw ValidationError("--coverage must be in (0, 1]") }
    }

    func run() throws {
        let (grid, scores) = try Self.readForecast(forecast)
        let events = try AnalyticsIO.numbers(actual, ["x", "y"])
        let r: EvaluationResult
        do {
            r = try ForecastEvaluation.evaluate(
                scores: scores, grid: grid, actualXs: events[0], actualYs: events[1], coverage: coverage)
        } catch {
            throw AnsimError("\(forecast): \(error.description)")
        }
        print(
            #"{"hit_rate":\#(r.hitRate),"pai":\#(r.pai),"pei":\#(r.pei),"cells_flagged":\#(r.cellsFlagged),"#
                + #""crimes_captured":\#(r.crimesCaptured),"total_crimes":\#(r.totalCrimes)}"#)
    }

    /// The grid and row-major scores of a forecast CSV (row,col,x,y,score — or density, as
    /// `ansim analyze kde` writes), checking that the centres form a grid of square cells.
    static func readForecast(_ path: String) throws -> (Grid, [Double]) {
        // The density column of `ansim analyze kde` serves as a score too.
        let header = try AnalyticsIO.header(path)
        let score = !header.contains("score") && header.contains("density") ? "density" : "score"
        let c = try AnalyticsIO.numbers(path, ["row", "col", "x", "y", score])
        let cells: (rows: Int, cols: Int, values: [Double])
        do {
            cells = try GridWeights.cells(
                rows: c[0], cols: c[1], values: c[4], describe: { "line \($0 + 2)" })
        } catch {
            throw AnsimError("\(path): \(error.description)")
        }
        let (x0, x1) = (c[2].min()!, c[2].max()!)
        let (y0, y1) = (c[3].min()!, c[3].max()!)
        let spacingX = cells.cols > 1 ? (x1 - x0) / Double(cells.cols - 1) : nil
        let spacingY = cells.rows > 1 ? (y1 - y0) / Double(cells.rows - 1) : nil
        guard let cell = spacingX ?? spacingY else {
            throw AnsimError("\(path): a single cell: the cell size cannot be inferred from the centres")
        }
        guard cell > 0 else {
            throw AnsimError("\(path): the centres do not spread: the cell size would be \(cell)")
        }
        if let spacingY, abs(spacingY - cell) > 1e-3 * cell {
            throw AnsimError(
                "\(path): the centres are \(cell) m apart in x but \(spacingY) m in y; cells must be square")
        }
        let grid = Grid(
            xmin: x0 - cell / 2, ymin: y0 - cell / 2, cell: cell, rows: cells.rows, cols: cells.cols)
        for k in c[0].indices {
            let (x, y) = grid.center(row: Int(c[0][k]), col: Int(c[1][k]))
            guard abs(c[2][k] - x) <= 1e-3 * cell, abs(c[3][k] - y) <= 1e-3 * cell else {
                throw AnsimError(
                    "\(path): line \(k + 2): cell (row \(Int(c[0][k])), col \(Int(c[1][k]))) has centre "
                        + "(\(c[2][k]), \(c[3][k])), but the grid inferred from all centres (cell \(cell) m, "
                        + "xmin \(grid.xmin), ymin \(grid.ymin)) puts it at (\(x), \(y))")
            }
        }
        return (grid, cells.values)
    }
}
