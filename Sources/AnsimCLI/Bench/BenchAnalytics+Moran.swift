import AnsimAnalytics
import AnsimSupport
import Foundation

extension BenchAnalytics {
    /// Local Moran's I with --permutations on a --moran-side² grid against esda Moran_Local;
    /// agreement max |ΔI|.
    ///
    /// z_sim and p_sim are Monte-Carlo figures from different random streams, so they cannot
    /// agree to rounding; a note compares them with esda's own spread: esda is run a second
    /// time with the next seed (untimed), and the mean |Δz_sim| between Ansim and esda is
    /// printed beside the one between the two esda runs.
    func moran(in dir: String, reference: BenchAnalyticsReference?) throws -> BenchAnalyticsRow {
        var inputs = BenchAnalyticsInputs(seed: seed &+ 1)
        let (grid, counts) = inputs.countGrid(side: moranGridSide, cell: 30)
        let csv = dir + "/moran_cells.csv"
        try BenchAnalyticsInputs.writeCells(counts, cols: grid.cols, to: csv)
        let perms = moranPermutations
        BenchAnalyticsMemory.resetPeak()
        let (result, seconds) = try timed {
            try LocalMoran.compute(values: counts, grid: grid, permutations: perms, seed: seed)
        }
        var row = BenchAnalyticsRow(
            test: "moran", title: "Local Moran, \(perms) perm. (esda)",
            size: "\(grid.rows)×\(grid.cols) cells",
            ansim: seconds, endToEnd: 0, ansimPeak: BenchAnalyticsMemory.peak(), goal: 20,
            agreementName: "max |ΔI|")
        (_, row.endToEnd) = try endToEnd {
            let cells = try AnalyticsIO.gridCounts(csv)
            return try LocalMoran.compute(values: cells.values, grid: grid, permutations: perms, seed: seed)
        }
        row.extra["ansim_end_to_end_peak_bytes"] = BenchAnalyticsMemory.peak()
        guard let reference else { return row }

        func esda(seed: UInt64, out: String) throws -> (BenchAnalyticsReference.Report, [[Double]]) {
            let arguments = [
                csv, "--permutations", "\(perms)", "--seed", "\(seed % (1 << 32))", "--n-jobs",
                "\(referenceJobs)", "--out", out,
            ]
            let (report, _) = try reference.run("moran_esda.py", arguments)
            let columns = ["I", "z_sim", "p_sim"]
            return (report, try reference.readCells(out, columns, rows: grid.rows, cols: grid.cols))
        }
        let (report, first) = try esda(seed: seed, out: dir + "/moran_esda.csv")
        let (_, second) = try esda(seed: seed &+ 1, out: dir + "/moran_esda_next_seed.csv")
        row.reference = report.seconds
        row.referencePeak = report.peakBytes
        row.agreement = zip(result.moranI, first[0]).map { abs($0 - $1) }.max()
        let ansimSpread = Self.meanAbsDifference(result.zSim, first[1])
        let esdaSpread = Self.meanAbsDifference(first[1], second[1])
        let significant = [result.pSim, first[2], second[2]].map { p in p.count { $0 <= 0.05 } }
        row.extra["reference_report"] = report.fields
        row.extra["z_sim_mean_abs_difference"] = [
            "ansim_esda": ansimSpread, "esda_esda_next_seed": esdaSpread,
        ]
        row.extra["p_sim_le_005"] = [
            "ansim": significant[0], "esda": significant[1], "esda_next_seed": significant[2],
        ]
        row.notes.append(
            String(
                format: "Local Moran z_sim, p_sim (Monte-Carlo): mean |Δz_sim| Ansim–esda %.3f, "
                    + "esda–esda with the next seed %.3f;", ansimSpread, esdaSpread))
        row.notes.append(
            "  cells with p_sim ≤ 0.05: Ansim \(significant[0]), esda \(significant[1]) and \(significant[2]) "
                + "(esda splits tied draws by rounding)")
        return row
    }

    /// Mean |a − b| over the cells where both are finite (esda gives NaN where it divides 0 by 0).
    static func meanAbsDifference(_ a: [Double], _ b: [Double]) -> Double {
        var (sum, n) = (0.0, 0)
        for (x, y) in zip(a, b) where x.isFinite && y.isFinite {
            sum += abs(x - y)
            n += 1
        }
        return n > 0 ? sum / Double(n) : .nan
    }
}
