/// Local Moran's I, a LISA (Anselin 1995, "Local indicators of spatial association — LISA",
/// Geographical Analysis 27(2)), with pseudo p-values from conditional permutation, computed
/// as PySAL esda 2.9 `Moran_Local(y, w, transformation="r", permutations=R)` does with
/// `w = lat2W(rows, cols, rook=False)` (``GridWeights``) or any binary libpysal `W` —
/// `Queen`/`Rook.from_dataframe` on polygons, `DistanceBand(binary=True)` on points or
/// centroids (``SparseWeights``).
///
/// With zᵢ = (yᵢ − ȳ)/s (s the population standard deviation), row-standardised weights
/// wᵢⱼ = 1/kᵢ over the kᵢ neighbours of cell i, and m = Σzᵢ² (= n):
///
///     Iᵢ = (n − 1) · zᵢ · Σⱼ wᵢⱼ zⱼ / m        (esda `Is`)
///
/// **Conditional permutation** (Anselin 1995 §4; esda `crand`): holding yᵢ fixed, its kᵢ
/// neighbours are replaced by kᵢ values drawn without replacement from the other n − 1
/// cells, R times; each draw gives a simulated Iᵢ. Then
///
/// - `pSim` = (M + 1)/(R + 1) with M = min(#{simulated ≥ Iᵢ}, #{simulated ≤ Iᵢ}): the smaller
///   of the two one-sided pseudo p-values, esda's default `alternative="directed"` (its
///   "folded" count). Without ties pSim ≤ (R/2 + 1)/(R + 1); ties can raise it up to 1.
/// - `zSim` = (Iᵢ − mean of simulated)/(standard deviation of simulated, ddof 0).
///
/// Differences from esda, all where esda's answer is an accident of arithmetic:
/// - Ties. A simulated Iᵢ that equals the observed one counts in both tails (the usual
///   "at least as extreme"). Ansim compares neighbour sums of the raw values, which are
///   exact for integer counts; esda compares floating-point Iᵢ computed two different ways,
///   so on count data each tie lands on either side by rounding (p can move by the tie
///   share, e.g. 0.27 vs 0.43 for a cell with many zero neighbourhoods).
/// - zᵢ = 0 (yᵢ equals the mean; also every cell of a constant or all-zero grid, where esda
///   gives NaN for I): I = 0 and every simulated I is 0, so Ansim gives zSim = 0, pSim = 1;
///   esda gives zSim = NaN and pSim = 1/(R + 1).
/// - An island (no neighbours): I = 0 and every simulated I is 0: zSim = 0, pSim = 1; esda
///   gives z_sim = NaN and p_sim = 1/(R + 1).
/// - A cell whose neighbourhood is every other cell (every cell of a 2 × 2 grid, the centre
///   of a 3 × 3): all draws tie; zSim = 0, pSim = 1. A 1 × 1 grid (esda raises): I = 0,
///   zSim = 0, pSim = 1.
///
/// The permutations do not reproduce numpy's random stream. As in esda, a draw of R
/// neighbourhoods serves several cells — here groups of about 16 cells scattered over the
/// grid, each with its own xoshiro256++ stream derived from `seed` (LocalMoran+Permutation) —
/// so results are deterministic for a seed whatever the number of threads, and agree with
/// esda within Monte-Carlo error.
public enum LocalMoran {
    /// Local Moran's I with `permutations` conditional permutations per cell (≥ 1; esda's
    /// default is 999). `values` are row-major (index = row·cols + col), finite.
    public static func compute(
        values: [Double], grid: Grid, contiguity: GridWeights.Contiguity = .queen,
        permutations: Int = 999, seed: UInt64
    ) throws(AnalyticsError) -> Result {
        try compute(
            values: values, weights: GridWeights(grid: grid, contiguity: contiguity),
            permutations: permutations, seed: seed)
    }

    /// Local Moran's I on explicit grid weights (see ``compute(values:grid:contiguity:permutations:seed:)``).
    public static func compute(
        values: [Double], weights: GridWeights, permutations: Int = 999, seed: UInt64
    ) throws(AnalyticsError) -> Result {
        try lisa(values: values, weights: weights, permutations: permutations, seed: seed)
    }

    /// Local Moran's I on explicit neighbour lists — polygon contiguity or a distance band
    /// (``SparseWeights``), row-standardised; index i of the result is observation i. An
    /// island has I = 0, zSim = 0, pSim = 1 (esda: z_sim NaN, p_sim 1/(R + 1)).
    public static func compute(
        values: [Double], weights: SparseWeights, permutations: Int = 999, seed: UInt64
    ) throws(AnalyticsError) -> Result {
        try lisa(values: values, weights: weights, permutations: permutations, seed: seed)
    }

    /// Local Moran's I on any binary weights, row-standardised (specialised here for
    /// ``GridWeights`` and ``SparseWeights``).
    public static func compute<W: SpatialWeights>(
        values: [Double], weights: W, permutations: Int = 999, seed: UInt64
    ) throws(AnalyticsError) -> Result {
        try lisa(values: values, weights: weights, permutations: permutations, seed: seed)
    }

    static func lisa<W: SpatialWeights>(
        values: [Double], weights: W, permutations: Int, seed: UInt64
    ) throws(AnalyticsError) -> Result {
        try weights.validate(values, for: "Local Moran")
        guard permutations >= 1 else {
            throw AnalyticsError("Local Moran: permutations must be at least 1, not \(permutations)")
        }
        guard weights.count < 1 << 31 else {
            throw AnalyticsError("Local Moran: \(weights.count) observations; at most 2³¹ − 1 are supported")
        }
        let n = values.count
        let total = GetisOrd.sum(values)
        let mean = total / Double(n)
        let sd = (GetisOrd.sum(values.map { ($0 - mean) * ($0 - mean) }) / Double(n)).squareRoot()
        let constant = values.min() == values.max()
        let z = constant ? [Double](repeating: 0, count: n) : values.map { ($0 - mean) / sd }
        let m2 = constant ? 1 : GetisOrd.sum(z.map { $0 * $0 })
        let zSums = weights.neighbourSums(z)
        var moranI = [Double](repeating: 0, count: n)
        var lag = [Double](repeating: 0, count: n)
        var quadrant = [UInt8](repeating: 0, count: n)
        for i in 0..<n {
            let k = weights.cardinality(i)
            lag[i] = k > 0 ? zSums[i] / Double(k) : 0
            moranI[i] = Double(n - 1) * z[i] * lag[i] / m2
            // PySAL's scheme: 1 HH, 2 LH, 3 LL, 4 HL (zero counts as low, as in esda).
            quadrant[i] = z[i] > 0 ? (lag[i] > 0 ? 1 : 4) : (lag[i] > 0 ? 2 : 3)
        }
        let sim = Permutation(
            values: values, weights: weights, z: z, total: total, permutations: permutations, seed: seed
        ).run()
        return Result(
            moranI: moranI, zSim: sim.zSim, pSim: sim.pSim, lag: lag, quadrant: quadrant,
            permutations: permutations, seed: seed)
    }
}
