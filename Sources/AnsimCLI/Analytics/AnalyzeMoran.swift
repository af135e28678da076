import AnsimAnalytics
import AnsimSupport
import ArgumentParser

/// `ansim analyze moran`: Local Moran's I with conditional permutation on a grid or on areas
/// (file in, file out).
struct AnalyzeMoran: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "moran",
        abstract: "Local Moran's I (LISA) with conditional-permutation pseudo p-values, as PySAL esda.",
        discussion: """
            Reads --grid, a CSV with the columns row,col,count that lists every cell of a \
            rectangular grid once, in any order (rows and cols start at 0; the grid spans \
            0…max). Writes --out with row,col,I,z_sim,p_sim, one line per cell, sorted by row \
            then col.

            I is Local Moran's I with row-standardised queen weights: PySAL esda \
            Moran_Local(y, lat2W(rows, cols, rook=False), transformation="r").Is. Each \
            cell's neighbours are replaced --permutations times by values drawn without \
            replacement from the other cells; p_sim = (M + 1)/(permutations + 1) with M the \
            number of simulated I at least as extreme as the observed one in the nearer tail \
            (esda's folded, "directed" p_sim; ties count as extreme), z_sim = (I − mean of \
            simulated)/sd. The draws come from random streams seeded by --seed (shared, as \
            in esda, by small groups of scattered cells): the same seed gives the same file \
            on any machine and thread count; they differ from numpy's, so p_sim agrees with \
            esda within Monte-Carlo error — except for ties: on count data many simulated I \
            equal the observed one, and esda counts each on one side or the other by \
            floating-point rounding, which lowers its p_sim. A cell at the mean (and every \
            cell of a constant grid) has I = 0, z_sim = 0, p_sim = 1.

            Or reads --areas, a CSV with the columns id,wkt,value: one area per row, its \
            Polygon or MultiPolygon as quoted WKT in a projected metric CRS, and a value. \
            Writes --out with id,I,z_sim,p_sim in file order. --weights picks the \
            neighbours, row-standardised: queen (areas sharing at least a point), rook \
            (sharing a boundary line) or distance:METRES (centroids within METRES); --snap \
            METRES counts areas within METRES of each other as touching. An island (no \
            neighbours) has I = 0, z_sim = 0, p_sim = 1 (esda: z_sim NaN, p_sim 1/(R + 1)).

            EXAMPLES
              ansim analyze moran --grid cells.csv --permutations 999 --seed 7 --out m.csv
              ansim analyze moran --areas dong.csv --weights rook --seed 7 --out m.csv
            """
    )

    @Option(help: "Input CSV with row,col,count for every cell of the grid.")
    var grid: String?

    @Option(help: "Input CSV with id,wkt,value, one area per row (instead of --grid).")
    var areas: String?

    @Option(help: "Weights between --areas: queen, rook or distance:METRES.")
    var weights: ArealWeights = .queen

    @Option(help: "Snapping tolerance in metres for queen/rook contiguity of --areas.")
    var snap: Double = 0

    @Option(help: "Conditional permutations per cell.")
    var permutations = 999

    @Option(help: "Seed of the permutations (a non-negative integer).")
    var seed: UInt64 = 0

    @Option(help: "Output CSV: row,col,I,z_sim,p_sim for --grid; id,I,z_sim,p_sim for --areas.")
    var out: String

    func validate() throws {
        guard permutations >= 1 else { throw ValidationError("--permutations must be at least 1") }
        try AnalyzeGiStar.validateInputs(grid: grid, areas: areas, snap: snap)
    }

    func run() throws {
        if let areas {
            return try runAreas(areas)
        }
        let grid = grid!
        let cells = try AnalyticsIO.gridCounts(grid)
        let result: LocalMoran.Result
        do {
            result = try LocalMoran.compute(
                values: cells.values, weights: GridWeights(rows: cells.rows, cols: cells.cols),
                permutations: permutations, seed: seed)
        } catch {
            throw AnsimError("\(grid): \(error.description)")
        }
        try AnalyticsIO.write(out, header: ["row", "col", "I", "z_sim", "p_sim"], rows: cells.values.count) {
            i in
            [
                String(i / cells.cols), String(i % cells.cols), AnalyticsIO.number(result.moranI[i]),
                AnalyticsIO.number(result.zSim[i]), AnalyticsIO.number(result.pSim[i]),
            ]
        }
        let significant = result.pSim.count { $0 <= 0.05 }
        print(
            "wrote Local Moran's I for \(cells.values.count) cells (\(cells.rows)×\(cells.cols) grid, "
                + "\(permutations) permutations, seed \(seed)) to \(out): \(significant) with p_sim ≤ 0.05")
    }

    private func runAreas(_ path: String) throws {
        let input = try ArealInput.read(path, weights: weights, snap: snap, nonNegative: false)
        let result: LocalMoran.Result
        do {
            result = try LocalMoran.compute(
                values: input.values, weights: input.weights, permutations: permutations, seed: seed)
        } catch {
            throw AnsimError("\(path): \(error.description)")
        }
        try AnalyticsIO.write(out, header: ["id", "I", "z_sim", "p_sim"], rows: input.ids.count) { i in
            [
                ArealInput.field(input.ids[i]), AnalyticsIO.number(result.moranI[i]),
                AnalyticsIO.number(result.zSim[i]), AnalyticsIO.number(result.pSim[i]),
            ]
        }
        let significant = result.pSim.count { $0 <= 0.05 }
        print(
            "wrote Local Moran's I for \(input.summary(weights)) (\(permutations) permutations, "
                + "seed \(seed)) to \(out): \(significant) with p_sim ≤ 0.05")
    }
}
