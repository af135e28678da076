/// A square grid in a metric CRS: `rows × cols` cells of `cell` metres whose lower-left
/// corner is (`xmin`, `ymin`). Cell (row, col) covers
/// [xmin + col·cell, xmin + (col+1)·cell) × [ymin + row·cell, ymin + (row+1)·cell);
/// its centre is x = xmin + (col + 0.5)·cell, y = ymin + (row + 0.5)·cell. Row 0 is the
/// southernmost row. Cells are stored row-major: index = row·cols + col.
public struct Grid: Sendable, Equatable, Hashable {
    public let xmin: Double
    public let ymin: Double
    public let cell: Double
    public let rows: Int
    public let cols: Int

    public init(xmin: Double, ymin: Double, cell: Double, rows: Int, cols: Int) {
        precondition(cell > 0 && rows > 0 && cols > 0, "a grid needs a positive cell size and shape")
        self.xmin = xmin
        self.ymin = ymin
        self.cell = cell
        self.rows = rows
        self.cols = cols
    }

    /// The grid covering a bounding box with cells of `cell` metres, anchored at
    /// (xmin, ymin); the last row and column may extend past xmax, ymax.
    public init(bbox xmin: Double, _ ymin: Double, _ xmax: Double, _ ymax: Double, cell: Double) {
        precondition(xmax > xmin && ymax > ymin, "an empty bounding box")
        self.init(
            xmin: xmin, ymin: ymin, cell: cell, rows: Int(((ymax - ymin) / cell).rounded(.up)),
            cols: Int(((xmax - xmin) / cell).rounded(.up)))
    }

    /// Number of cells.
    public var count: Int { rows * cols }

    /// Area of the whole grid in m².
    public var area: Double { Double(count) * cell * cell }

    @inline(__always)
    public func index(row: Int, col: Int) -> Int { row * cols + col }

    /// The centre of a cell.
    @inline(__always)
    public func center(row: Int, col: Int) -> (x: Double, y: Double) {
        (xmin + (Double(col) + 0.5) * cell, ymin + (Double(row) + 0.5) * cell)
    }

    /// The cell holding a point, or nil outside the grid.
    @inline(__always)
    public func cellOf(x: Double, y: Double) -> (row: Int, col: Int)? {
        let fc = ((x - xmin) / cell).rounded(.down)
        let fr = ((y - ymin) / cell).rounded(.down)
        // Compare as doubles first: NaN and huge values must not reach Int(_:), which traps.
        guard fr >= 0, fr < Double(rows), fc >= 0, fc < Double(cols) else { return nil }
        return (Int(fr), Int(fc))
    }

    /// Counts of points per cell (points outside the grid are ignored; their number is returned).
    public func counts(xs: [Double], ys: [Double]) -> (counts: [Double], outside: Int) {
        var out = [Double](repeating: 0, count: count)
        var outside = 0
        for i in xs.indices {
            if let (r, c) = cellOf(x: xs[i], y: ys[i]) {
                out[index(row: r, col: c)] += 1
            } else {
                outside += 1
            }
        }
        return (out, outside)
    }
}
