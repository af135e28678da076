import AnsimAnalytics
import AnsimGeo

/// A recorded hotspot run: the area's grid cells with their counts, values and classes.
public struct HotspotResult: Sendable {
    /// The `analytics_run` id.
    public let runID: Int
    /// What was computed, on which events, with which parameters.
    public let info: RunInfo
    public let area: AnalysisArea
    /// The window, ISO dates (from inclusive, to exclusive; Asia/Seoul).
    public let from: String
    public let to: String
    /// The bounding grid; only `cells` of it are inside the area.
    public let grid: Grid
    /// Row-major indices into `grid` of the cells whose centre lies in the area.
    public let cells: [Int]
    /// Events in each cell.
    public let counts: [Double]
    /// Density (kde, events per m²), z (gistar) or I (moran).
    public let values: [Double]
    /// z (gistar: z; moran: z_sim; kde: nil).
    public let z: [Double]?
    /// p (gistar: p_norm; moran: p_sim; kde: nil).
    public let p: [Double]?
    public let classes: [String]
    /// Events that fall in the area's cells, and events read (kde reads those within reach).
    public let events: Int
    public let eventsRead: Int
    /// Whether any input event is synthetic.
    public let synthetic: Bool
    public let seconds: Double
    /// The time steps of an emerging run (nil for the other methods).
    public var emerging: EmergingSteps? = nil

    /// The space–time cube of an emerging run: `steps` steps of `stepDays` days from `from`
    /// (the window's `to` is the end of the last whole step; `droppedDays` days of the asked
    /// window after it made no whole step), and the bins read.
    public struct EmergingSteps: Sendable {
        public let steps: Int
        public let stepDays: Int
        public let timeLag: Int
        public let fdr: Bool
        public let droppedDays: Int
        /// Events in the cube: every cell of the bounding grid, whole steps only.
        public let eventsInCube: Int
    }

    /// How many cells fall in each class.
    public var tally: [String: Int] { HotspotClass.tally(classes) }

    /// The cell (row, col) of the k-th area cell.
    public func rowCol(_ k: Int) -> (row: Int, col: Int) {
        (cells[k] / grid.cols, cells[k] % grid.cols)
    }

    /// The square of the k-th area cell, EPSG:5179.
    public func square(_ k: Int) -> Geometry {
        let (r, c) = rowCol(k)
        let x0 = grid.xmin + Double(c) * grid.cell
        let y0 = grid.ymin + Double(r) * grid.cell
        return Geometry.rectangle(
            Envelope(minX: x0, minY: y0, maxX: x0 + grid.cell, maxY: y0 + grid.cell), srid: 5179)
    }

    /// Indices of the `n` cells ranked highest (by value for kde and moran hotspots, by z
    /// for gistar), ties by row then col.
    public func top(_ n: Int) -> [Int] {
        let key = info.method == "gistar" ? (z ?? values) : values
        return Array(
            cells.indices.sorted { key[$0] > key[$1] || (key[$0] == key[$1] && cells[$0] < cells[$1]) }
                .prefix(n))
    }
}
