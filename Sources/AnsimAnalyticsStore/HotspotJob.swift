import AnsimAnalytics
import AnsimGeo
import AnsimStore
import AnsimSupport
import Foundation

/// Runs a ``HotspotRequest`` against the database: resolves the area, reads the events of
/// the window, computes the statistic with the array core (AnsimAnalytics) and records the
/// run and its cells (``RunRecorder``).
public enum HotspotJob {
    public static func run(_ request: HotspotRequest, on connection: Connection) throws -> HotspotResult {
        let clock = ContinuousClock.now
        if request.method == .emerging { return try emerging(request, clock: clock, on: connection) }
        let area = try AnalysisArea.resolve(
            request.area, level: request.level, agency: request.agency, on: connection)
        let (from, to) = try HotspotWindow.resolve(request, on: connection)
        let layout = try HotspotGrid(area: area, cell: request.cell)
        let grid = layout.grid
        let reach = request.method == .kde ? request.bandwidth * request.kernel.support : 0
        let events = try HotspotEvents.read(
            request, from: from, to: to, grid: grid, margin: reach, on: connection)
        let all = grid.counts(xs: events.xs, ys: events.ys).counts
        let counts = layout.cells.map { all[$0] }
        let values: [Double]
        var z: [Double]? = nil
        var p: [Double]? = nil
        let classes: [String]
        do {
            switch request.method {
            case .kde:
                let density = try KDE.density(
                    xs: events.xs, ys: events.ys, grid: grid, bandwidth: request.bandwidth,
                    kernel: request.kernel)
                values = layout.cells.map { density[$0] }
                classes = HotspotClass.kde(density: values)
            case .gistar:
                let result = try GetisOrd.localStar(values: counts, weights: layout.weights())
                (values, z, p) = (result.z, result.z, result.p)
                classes = HotspotClass.gistar(z: result.z)
            case .moran:
                let result = try LocalMoran.compute(
                    values: counts, weights: layout.weights(), permutations: request.permutations,
                    seed: request.seed)
                (values, z, p) = (result.moranI, result.zSim, result.pSim)
                classes = HotspotClass.moran(quadrant: result.quadrant, pSim: result.pSim)
            case .emerging:
                throw AnsimError("emerging runs take their own path")
            }
        } catch {
            throw AnsimError("\(area.name): \(error)")
        }
        var result = HotspotResult(
            runID: 0, info: try request.info(), area: area, from: from, to: to, grid: grid,
            cells: layout.cells,
            counts: counts, values: values, z: z, p: p, classes: classes,
            events: Int(counts.reduce(0, +)), eventsRead: events.xs.count, synthetic: events.synthetic,
            seconds: 0)
        let seconds = (ContinuousClock.now - clock).seconds
        result = try RunRecorder.record(result, seconds: seconds, on: connection)
        return result
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) * 1e-18
    }
}
