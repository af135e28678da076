/// Binary, symmetric spatial weights stored as explicit neighbour lists in compressed sparse
/// row (CSR) form: the neighbours of observation i are `indices[offsets[i]..<offsets[i+1]]`,
/// sorted, distinct, never i itself, and j lists i whenever i lists j — libpysal's
/// `W.neighbors` for a binary `W` (transform "B") whose ids are 0..<n.
///
/// Build them from polygons (``contiguity(_:rule:tolerance:ids:)``: libpysal
/// `Queen`/`Rook.from_dataframe`), from points or area centroids
/// (``distanceBand(xs:ys:threshold:ids:)``: libpysal `DistanceBand(binary=True)`), from a
/// grid (``init(_:)``, the same matrix as ``GridWeights``), or from neighbour lists.
///
/// Observations without neighbours ("islands", libpysal warns about them) are allowed: Gi*
/// then sees only the observation itself (wᵢᵢ = 1, as esda after `fill_diagonal`), and Local
/// Moran gives Iᵢ = 0 with zSim = 0, pSim = 1 (esda: Is = 0, z_sim NaN, p_sim 1/(R + 1),
/// because every simulated Iᵢ ties with the observed 0).
///
/// `ids` optionally label the observations (e.g. 행정동 codes); messages then name both the
/// index and the id.
public struct SparseWeights: SpatialWeights, Equatable, Hashable {
    /// offsets[i]..<offsets[i + 1] is the slice of ``indices`` holding i's neighbours; n + 1
    /// entries, offsets[0] = 0.
    public let offsets: [Int]
    /// Every neighbour list, concatenated.
    public let indices: [Int32]
    /// Labels of the observations (empty: none).
    public let ids: [String]

    /// Weights from one neighbour list per observation (any order; duplicates are merged).
    /// Throws naming the first observation with a neighbour out of range, itself as a
    /// neighbour, or a neighbour that does not list it back (asymmetric).
    public init(neighbours: [[Int]], ids: [String] = []) throws(AnalyticsError) {
        precondition(ids.isEmpty || ids.count == neighbours.count, "one id per observation")
        let n = neighbours.count
        guard n < Int(Int32.max) else {
            throw AnalyticsError("\(n) observations; at most 2³¹ − 2 are supported")
        }
        var offsets = [0]
        offsets.reserveCapacity(n + 1)
        var indices: [Int32] = []
        indices.reserveCapacity(neighbours.reduce(0) { $0 + $1.count })
        let name = { (i: Int) in ids.isEmpty ? "observation \(i)" : "observation \(i) (id \(ids[i]))" }
        for (i, list) in neighbours.enumerated() {
            var previous = -1
            for j in list.sorted() where j != previous {
                guard j >= 0, j < n else {
                    throw AnalyticsError("\(name(i)): neighbour \(j) is not an observation (0..<\(n))")
                }
                guard j != i else { throw AnalyticsError("\(name(i)) is listed as its own neighbour") }
                indices.append(Int32(j))
                previous = j
            }
            offsets.append(indices.count)
        }
        self.offsets = offsets
        self.indices = indices
        self.ids = ids
        for i in 0..<n {
            for j in self.neighbours(of: i) where !hasNeighbour(j, i) {
                throw AnalyticsError("\(name(i)) lists \(name(j)) as a neighbour, but not the reverse")
            }
        }
    }

    /// The grid's contiguity as explicit lists: the same matrix as `grid`, observation
    /// row·cols + col (useful to check the sparse path against the grid path).
    public init(_ grid: GridWeights) {
        // A grid's lists are valid by construction.
        try! self.init(neighbours: (0..<grid.count).map { grid.neighbours(of: $0) })
    }

    /// Number of observations.
    public var count: Int { offsets.count - 1 }

    /// Number of neighbours of observation i.
    @inline(__always)
    public func cardinality(_ index: Int) -> Int { offsets[index + 1] - offsets[index] }

    /// Calls `body` with each neighbour of observation i, in increasing index order.
    @inline(__always)
    public func forEachNeighbour(of index: Int, _ body: (Int) -> Void) {
        indices.withUnsafeBufferPointer { list in
            for k in offsets[index]..<offsets[index + 1] { body(Int(list[k])) }
        }
    }

    /// True when j is a neighbour of i (binary search in i's sorted list).
    public func hasNeighbour(_ i: Int, _ j: Int) -> Bool {
        var (lo, hi) = (offsets[i], offsets[i + 1])
        while lo < hi {
            let mid = (lo + hi) / 2
            if indices[mid] < j { lo = mid + 1 } else { hi = mid }
        }
        return lo < offsets[i + 1] && indices[lo] == j
    }

    /// Σⱼ wᵢⱼ·xⱼ over the neighbours of every observation (+ xᵢ when `includingSelf`).
    public func neighbourSums(_ values: [Double], includingSelf: Bool = false) -> [Double] {
        genericNeighbourSums(values, includingSelf: includingSelf)
    }

    /// Checks one finite value per observation; messages name the observation.
    public func validate(_ values: [Double], for statistic: String) throws(AnalyticsError) {
        try genericValidate(values, for: statistic, shape: "\(count) observations")
    }

    /// "observation i", or "observation i (id X)" when labelled.
    public func describe(_ index: Int) -> String {
        ids.isEmpty ? "observation \(index)" : "observation \(index) (id \(ids[index]))"
    }
}
