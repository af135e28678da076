import AnsimAnalytics
import AnsimSupport
import ArgumentParser

extension GridWeights.Contiguity: ExpressibleByArgument {}

/// `ansim analyze emerging`: emerging hot spot analysis of a space–time cube (file in, file out).
struct AnalyzeEmerging: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "emerging",
        abstract:
            "Emerging hot spot analysis of a space–time cube (space–time Gi*, Mann–Kendall, ArcGIS patterns).",
        discussion: """
            Reads --cube, a CSV with the columns row,col,t,count that lists every cell × every \
            time step of a cube once, in any order (indices from 0). Writes --out with \
            row,col,category,trend_z,trend_p, one line per cell sorted by row then col.

            Each bin gets space–time Gi*: its cell and the cell's --neighbours (queen or rook) \
            in its own step and the --time-lag previous steps, binary weights, all bins the \
            observations (esda G_Local(star=True, transform="B") on those neighbour lists). A \
            bin is a significant hot/cold spot when its two-sided p ≤ --alpha (with --fdr: \
            Benjamini–Hochberg at --alpha over all bins). trend_z, trend_p are the Mann–Kendall \
            test of the cell's series of Gi* z-scores (pymannkendall original_test). category \
            is the pattern of ArcGIS Pro's Emerging Hot Spot Analysis: new, consecutive, \
            intensifying, persistent, diminishing, sporadic, oscillating or historical \
            _hot_spot / _cold_spot, or no_pattern (definitions: docs/ANALYTICS-TOOLKIT.md).

            EXAMPLE
              ansim analyze emerging --cube cube.csv --neighbours queen --time-lag 1 --out out.csv
            """
    )

    @Option(help: "Input CSV with row,col,t,count for every cell × every time step.")
    var cube: String

    @Option(help: "Spatial neighbours: queen or rook.")
    var neighbours: GridWeights.Contiguity = .queen

    @Option(help: "Previous time steps in a bin's neighbourhood.")
    var timeLag = 1

    @Option(help: "Significance level (two-sided) of bins and trends.")
    var alpha = 0.05

    @Flag(help: "Benjamini–Hochberg false-discovery-rate correction of the bins' p-values.")
    var fdr = false

    @Option(help: "Output CSV: row,col,category,trend_z,trend_p.")
    var out: String

    func validate() throws {
        guard timeLag >= 0 else { throw ValidationError("--time-lag must be ≥ 0 steps") }
        guard alpha > 0, alpha < 1 else { throw ValidationError("--alpha must be between 0 and 1") }
    }

    func run() throws {
        let columns = try AnalyticsIO.numbers(cube, ["row", "col", "t", "count"])
        let result: EmergingHotSpots.Result
        let cells: SpaceTimeCube
        do {
            cells = try SpaceTimeCube.records(
                rows: columns[0], cols: columns[1], steps: columns[2], counts: columns[3],
                describe: { "line \($0 + 2)" })
            result = try EmergingHotSpots.analyze(
                cells, options: .init(contiguity: neighbours, timeLag: timeLag, alpha: alpha, fdr: fdr))
        } catch {
            throw AnsimError("\(cube): \(error.description)")
        }
        try AnalyticsIO.write(
            out, header: ["row", "col", "category", "trend_z", "trend_p"], rows: cells.locations
        ) {
            i in
            [
                String(i / cells.cols), String(i % cells.cols), result.categories[i].rawValue,
                AnalyticsIO.number(result.trendZ[i]), AnalyticsIO.number(result.trendP[i]),
            ]
        }
        var tally: [EmergingCategory: Int] = [:]
        for c in result.categories { tally[c, default: 0] += 1 }
        let found = EmergingCategory.allCases.compactMap { c in tally[c].map { "\(c.rawValue) \($0)" } }
        print(
            "wrote emerging hot spots for \(cells.locations) cells (\(cells.rows)×\(cells.cols), \(cells.steps) steps, "
                + "\(neighbours.rawValue), time lag \(timeLag)\(fdr ? ", FDR" : "")) to \(out): "
                + found.joined(separator: ", "))
    }
}
