/// The events a SEPP is fitted to: those before the origin and inside the grid, with
/// day-resolution times spread uniformly over their day (seeded), sorted by time.
struct SEPPHistory: Sendable {
    let xs: [Double]
    let ys: [Double]
    let ts: [Double]
    let cells: [Int]
    /// The start of the observation period (the earliest event's interval start).
    let start: Double

    init(events: ForecastEvents, grid: Grid, origin: Double, seed: UInt64) {
        var random = ForecastRandom(seed: seed)
        var rows: [(t: Double, x: Double, y: Double, cell: Int)] = []
        var start = Double.infinity
        for i in 0..<events.count {
            let u = random.uniform()
            guard events.time(i) < origin, let (r, c) = grid.cellOf(x: events.xs[i], y: events.ys[i]) else {
                continue
            }
            let t = min(events.ts[i] + u * events.resolution, origin.nextDown)
            start = min(start, events.ts[i])
            rows.append((t, events.xs[i], events.ys[i], grid.index(row: r, col: c)))
        }
        rows.sort { $0.t < $1.t }
        xs = rows.map(\.x)
        ys = rows.map(\.y)
        ts = rows.map(\.t)
        cells = rows.map(\.cell)
        self.start = start.isFinite ? start : origin
    }
}
