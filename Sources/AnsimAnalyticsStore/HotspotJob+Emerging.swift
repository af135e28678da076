import AnsimAnalytics
import AnsimStore
import AnsimSupport
import Foundation

extension HotspotJob {
    /// The most bins (cells × steps) an emerging run builds.
    static let emergingBinLimit = 50_000_000

    /// `--method emerging`: the events of the window binned into a space–time cube — every
    /// cell of the area's bounding grid × every time step of `stepDays` days from `from`
    /// (Asia/Seoul midnight), zeros included — and analysed with ``EmergingHotSpots`` (the
    /// core of `ansim analyze emerging`). The cube is the whole bounding rectangle, as the
    /// core needs: events in its cells outside the boundary count as observations and
    /// neighbours (a cell on the boundary sees its real surroundings), but only the area's
    /// cells are recorded. Days after the last whole step are left out (`to` becomes the
    /// end of that step).
    ///
    /// Per cell: `count` the events over all steps, `value` the Gi* z of the last step, `z`
    /// and `p` the Mann–Kendall trend of the cell's Gi* z-series, `class` the category
    /// (`new_hot_spot`, …, `no_pattern`).
    static func emerging(_ request: HotspotRequest, clock: ContinuousClock.Instant, on connection: Connection)
        throws -> HotspotResult
    {
        guard request.stepDays >= 1 else { throw AnsimError("--step must be at least one day") }
        guard request.timeLag >= 0 else { throw AnsimError("--time-lag must be ≥ 0 steps") }
        let area = try AnalysisArea.resolve(
            request.area, level: request.level, agency: request.agency, on: connection)
        let (from, asked) = try HotspotWindow.resolve(request, on: connection)
        let window = try connection.query(
            """
            SELECT extract(epoch FROM $1::date::timestamp AT TIME ZONE 'Asia/Seoul') / 86400,
                   $2::date - $1::date,
                   to_char($1::date + ($2::date - $1::date) / $3::int * $3::int, 'YYYY-MM-DD')
            """, [from, asked, request.stepDays], purpose: "lay out the time steps")
        guard let start = window[0][0].flatMap(Double.init), let days = window[0][1].flatMap(Int.init),
            let to = window[0][2]
        else { throw AnsimError("cannot lay out the time steps of \(from) … \(asked)") }
        let steps = days / request.stepDays
        guard steps >= 2 else {
            throw AnsimError(
                "\(from) … \(asked) (\(days) days) holds \(steps) whole step(s) of \(request.stepDays) days; "
                    + "emerging hot spots need at least 2 (ArcGIS recommends 10): widen the window or shorten --step")
        }
        let layout = try HotspotGrid(area: area, cell: request.cell)
        let grid = layout.grid
        let (bins, overflow) = grid.count.multipliedReportingOverflow(by: steps)
        guard !overflow, bins <= emergingBinLimit else {
            throw AnsimError(
                "\(area.name): \(grid.rows)×\(grid.cols) cells × \(steps) steps is more than "
                    + "\(emergingBinLimit) bins; use a larger --cell or --step")
        }
        let events = try HotspotEvents.read(
            request, from: from, to: to, grid: grid, margin: 0, withTimes: true, on: connection)
        var counts = [Double](repeating: 0, count: bins)
        var inCube = 0
        let stepLength = Double(request.stepDays)
        for i in events.xs.indices {
            guard let cell = grid.cellOf(x: events.xs[i], y: events.ys[i]) else { continue }
            let ft = ((events.ts[i] - start) / stepLength).rounded(.down)
            guard ft >= 0, ft < Double(steps) else { continue }
            counts[(Int(ft) * grid.rows + cell.row) * grid.cols + cell.col] += 1
            inCube += 1
        }
        let analysis: EmergingHotSpots.Result
        do {
            let cube = try SpaceTimeCube(rows: grid.rows, cols: grid.cols, steps: steps, counts: counts)
            analysis = try EmergingHotSpots.analyze(
                cube,
                options: .init(
                    contiguity: .queen, timeLag: request.timeLag, alpha: request.alpha, fdr: request.fdr))
        } catch {
            throw AnsimError("\(area.name): \(error)")
        }
        let m = grid.count
        let last = (steps - 1) * m
        let totals = layout.cells.map { i in (0..<steps).reduce(0.0) { $0 + counts[$1 * m + i] } }
        var result = HotspotResult(
            runID: 0, info: try request.info(), area: area, from: from, to: to, grid: grid,
            cells: layout.cells, counts: totals, values: layout.cells.map { analysis.bins.z[last + $0] },
            z: layout.cells.map { analysis.trendZ[$0] }, p: layout.cells.map { analysis.trendP[$0] },
            classes: layout.cells.map { analysis.categories[$0].rawValue },
            events: Int(totals.reduce(0, +)), eventsRead: events.xs.count, synthetic: events.synthetic,
            seconds: 0)
        result.emerging = .init(
            steps: steps, stepDays: request.stepDays, timeLag: request.timeLag, fdr: request.fdr,
            droppedDays: days - steps * request.stepDays, eventsInCube: inCube)
        let seconds = (ContinuousClock.now - clock).seconds
        return try RunRecorder.record(result, seconds: seconds, on: connection)
    }
}
