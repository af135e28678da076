import AnsimAnalytics
import AnsimSupport
import Foundation

extension BenchAnalytics {
    /// Gi* z on a --grid-side² grid of counts against esda G_Local; agreement max |Δz|.
    func gistar(in dir: String, reference: BenchAnalyticsReference?) throws -> BenchAnalyticsRow {
        var inputs = BenchAnalyticsInputs(seed: seed)
        let (grid, counts) = inputs.countGrid(side: gistarSide, cell: 30)
        let csv = dir + "/gistar_cells.csv"
        try BenchAnalyticsInputs.writeCells(counts, cols: grid.cols, to: csv)
        BenchAnalyticsMemory.resetPeak()
        let (result, seconds) = try timed { try GetisOrd.localStar(values: counts, grid: grid) }
        var row = BenchAnalyticsRow(
            test: "gistar", title: "Gi* z (esda G_Local)", size: "\(grid.rows)×\(grid.cols) cells",
            ansim: seconds, endToEnd: 0, ansimPeak: BenchAnalyticsMemory.peak(), goal: 50,
            agreementName: "max |Δz|")
        (_, row.endToEnd) = try endToEnd {
            let cells = try AnalyticsIO.gridCounts(csv)
            return try GetisOrd.localStar(values: cells.values, grid: grid)
        }
        row.extra["ansim_end_to_end_peak_bytes"] = BenchAnalyticsMemory.peak()
        guard let reference else { return row }
        let out = dir + "/gistar_esda.csv"
        let (report, _) = try reference.run("gistar_esda.py", [csv, "--out", out])
        let z = try reference.readCells(out, ["z"], rows: grid.rows, cols: grid.cols)[0]
        row.reference = report.seconds
        row.referencePeak = report.peakBytes
        row.agreement = zip(result.z, z).map { abs($0 - $1) }.max()
        row.extra["reference_report"] = report.fields
        return row
    }

    /// Exact quartic KDE of --points points onto a --kde-side² grid against the scipy cKDTree
    /// sum; agreement the max relative difference of the densities.
    func kde(in dir: String, reference: BenchAnalyticsReference?) throws -> BenchAnalyticsRow {
        var inputs = BenchAnalyticsInputs(seed: seed &+ 2)
        let side = Double(kdeGridSide) * kdeCell
        let pts = inputs.points(count: kdePoints, side: side)
        let (x0, y0) = BenchAnalyticsInputs.origin
        let grid = Grid(bbox: x0, y0, x0 + side, y0 + side, cell: kdeCell)
        let csv = dir + "/kde_points.csv"
        try BenchAnalyticsInputs.writePoints(xs: pts.xs, ys: pts.ys, to: csv)
        let h = bandwidth
        BenchAnalyticsMemory.resetPeak()
        let (density, seconds) = try timed {
            try KDE.density(xs: pts.xs, ys: pts.ys, grid: grid, bandwidth: h, kernel: .quartic)
        }
        let reach = Double.pi * (h / kdeCell) * (h / kdeCell)
        var row = BenchAnalyticsRow(
            test: "kde", title: "quartic KDE (cKDTree)",
            size: "\(kdePoints) pts, \(grid.rows)×\(grid.cols) cells of "
                + String(format: "%g m, h %g m", kdeCell, h),
            ansim: seconds, endToEnd: 0, ansimPeak: BenchAnalyticsMemory.peak(), goal: 10,
            agreementName: "max rel Δ")
        row.extra["cells_per_kernel"] = reach
        (_, row.endToEnd) = try endToEnd {
            let columns = try AnalyticsIO.numbers(csv, ["x", "y"])
            return try KDE.density(xs: columns[0], ys: columns[1], grid: grid, bandwidth: h, kernel: .quartic)
        }
        row.extra["ansim_end_to_end_peak_bytes"] = BenchAnalyticsMemory.peak()
        guard let reference else { return row }
        let out = dir + "/kde_ckdtree.csv"
        let bbox = [x0, y0, x0 + side, y0 + side].map(AnalyticsIO.number).joined(separator: ",")
        let (report, _) = try reference.run(
            "kde_ckdtree.py",
            [
                csv, "--bbox", bbox, "--cell", AnalyticsIO.number(kdeCell),
                "--bandwidth", AnalyticsIO.number(h), "--kernel", "quartic", "--out", out,
            ])
        let theirs = try reference.readCells(out, ["density"], rows: grid.rows, cols: grid.cols)[0]
        let peak = theirs.max() ?? 0
        // Relative to each cell's density, over cells above 10⁻⁹ of the peak (below that a cell
        // holds only the rim of a kernel, where 1 − u² cancels and relative error is moot).
        var worst = 0.0, absolute = 0.0
        for i in theirs.indices {
            let d = abs(density[i] - theirs[i])
            absolute = max(absolute, d)
            if theirs[i] > 1e-9 * peak { worst = max(worst, d / theirs[i]) }
        }
        row.reference = report.seconds
        row.referencePeak = report.peakBytes
        row.agreement = worst
        row.extra["max_abs_difference_over_peak"] = peak > 0 ? absolute / peak : 0
        row.extra["reference_report"] = report.fields
        row.notes.append(
            String(
                format: "KDE: ≈ %.0f cells under each kernel; max |Δ| / peak density %.1e; ", reach,
                absolute / peak)
                + "rel Δ over cells above 1e-9 of the peak")
        return row
    }

    /// Times `body` once, with the peak memory reset before it.
    func endToEnd<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        BenchAnalyticsMemory.resetPeak()
        return try timed(1, body)
    }
}
