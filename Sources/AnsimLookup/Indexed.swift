/// Records with a grid over their positions.
public struct Indexed<Record: Sendable>: Sendable {
    /// The records, in the order given.
    public let items: [Record]
    let grid: PointGrid

    /// Indexes `items` at the positions `position` gives, in cells of `cell` metres.
    public init(_ items: [Record], cell: Double, position: (Record) -> (x: Double, y: Double)) {
        self.items = items
        let p = items.map(position)
        grid = PointGrid(xs: p.map(\.x), ys: p.map(\.y), cellSize: cell)
    }

    /// Calls `body(record index, distance)` for records within `radius` of (x, y).
    @inline(__always)
    public func forEach(near x: Double, _ y: Double, within radius: Double, _ body: (Int, Double) -> Void) {
        grid.forEach(near: x, y, within: radius) { i, d in body(Int(i), d) }
    }
}
