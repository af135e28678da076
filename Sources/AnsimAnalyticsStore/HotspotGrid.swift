import AnsimAnalytics
import AnsimGeo
import AnsimSupport
import Foundation

/// The grid of an area: square cells whose origin is a multiple of the cell size in
/// EPSG:5179 (so runs over neighbouring areas or periods share cells), covering the area's
/// bounding box; the area's cells are those whose centre lies inside the boundary.
struct HotspotGrid {
    let grid: Grid
    /// Row-major indices of the cells whose centre is in the area, ascending.
    let cells: [Int]

    init(area: AnalysisArea, cell: Double) throws {
        guard cell.isFinite, cell >= 1, cell <= 10_000 else {
            throw AnsimError("--cell \(cell): the cell size must be between 1 and 10000 metres")
        }
        guard let e = area.geometry.envelope else { throw AnsimError("\(area.name): an empty boundary") }
        let xmin = (e.minX / cell).rounded(.down) * cell
        let ymin = (e.minY / cell).rounded(.down) * cell
        let cols = max(1, Int(((e.maxX - xmin) / cell).rounded(.up)))
        let rows = max(1, Int(((e.maxY - ymin) / cell).rounded(.up)))
        guard rows * cols <= 25_000_000 else {
            throw AnsimError(
                "\(area.name): \(rows)×\(cols) cells of \(cell) m is too many; use a larger --cell")
        }
        grid = Grid(xmin: xmin, ymin: ymin, cell: cell, rows: rows, cols: cols)
        let prepared = try PreparedGeometry(area.geometry)
        var inside: [Int] = []
        for r in 0..<rows {
            for c in 0..<cols {
                let (x, y) = grid.center(row: r, col: c)
                if try prepared.contains(Geometry.point(x: x, y: y, srid: 5179)) {
                    inside.append(grid.index(row: r, col: c))
                }
            }
        }
        guard !inside.isEmpty else {
            throw AnsimError(
                "\(area.name): no cell centre of \(cell) m falls inside the area; use a smaller --cell")
        }
        cells = inside
    }
}
