/// A static uniform grid over points (EPSG:5179 metres) for radius queries: the points
/// of each cell are contiguous (CSR layout), so a query reads a few short runs.
///
/// Built once from arrays; rebuild it when the points change.
public struct PointGrid: Sendable {
    /// Cell edge length in metres.
    public let cellSize: Double
    let minX: Double
    let minY: Double
    let columns: Int
    let rows: Int
    /// Cell c holds items `offsets[c] ..< offsets[c + 1]`.
    let offsets: [Int32]
    /// Point indices (into the arrays given), grouped by cell.
    let items: [Int32]
    /// The points' coordinates, in `items` order (for locality).
    let xs: [Double]
    let ys: [Double]

    /// Indexes points `(xs[i], ys[i])` in cells of `cellSize` metres.
    public init(xs: [Double], ys: [Double], cellSize: Double = 200) {
        precondition(xs.count == ys.count && cellSize > 0)
        self.cellSize = cellSize
        let lx = xs.min() ?? 0
        let ly = ys.min() ?? 0
        minX = lx
        minY = ly
        let columns = max(1, Int(((xs.max() ?? 0) - lx) / cellSize) + 1)
        let rows = max(1, Int(((ys.max() ?? 0) - ly) / cellSize) + 1)
        self.columns = columns
        self.rows = rows
        let cells = xs.indices.map { i in
            min(Int((ys[i] - ly) / cellSize), rows - 1) * columns + min(Int((xs[i] - lx) / cellSize), columns - 1)
        }
        var offsets = [Int32](repeating: 0, count: columns * rows + 1)
        for c in cells { offsets[c + 1] += 1 }
        for c in 0..<(columns * rows) { offsets[c + 1] += offsets[c] }
        var next = offsets
        var items = [Int32](repeating: 0, count: xs.count)
        for (i, c) in cells.enumerated() {
            items[Int(next[c])] = Int32(i)
            next[c] += 1
        }
        self.offsets = offsets
        self.items = items
        self.xs = items.map { xs[Int($0)] }
        self.ys = items.map { ys[Int($0)] }
    }

    /// The number of points indexed.
    public var count: Int { items.count }

    /// Calls `body(index, distance)` for every point within `radius` metres of (x, y)
    /// (distance ≤ radius), in no particular order.
    @inline(__always)
    public func forEach(near x: Double, _ y: Double, within radius: Double, _ body: (Int32, Double) -> Void) {
        guard !items.isEmpty else { return }
        let c0 = max(0, Int(((x - radius) - minX) / cellSize))
        let c1 = min(columns - 1, Int(((x + radius) - minX) / cellSize))
        let r0 = max(0, Int(((y - radius) - minY) / cellSize))
        let r1 = min(rows - 1, Int(((y + radius) - minY) / cellSize))
        guard c0 <= c1, r0 <= r1, x + radius >= minX, y + radius >= minY else { return }
        let r2 = radius * radius
        for r in r0...r1 {
            let start = Int(offsets[r * columns + c0])
            let end = Int(offsets[r * columns + c1 + 1])
            var k = start
            while k < end {
                let dx = xs[k] - x
                let dy = ys[k] - y
                let d2 = dx * dx + dy * dy
                if d2 <= r2 { body(items[k], d2.squareRoot()) }
                k += 1
            }
        }
    }
}
