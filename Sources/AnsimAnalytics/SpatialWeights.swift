/// Binary, symmetric spatial weights without self-neighbours: wᵢⱼ = 1 when observation j is a
/// neighbour of observation i, else 0, with wᵢᵢ = 0 — a libpysal `W` in its binary ("B")
/// transform. Gi* adds the self weight itself (esda `star=True`); Local Moran
/// row-standardises (wᵢⱼ = 1/kᵢ, esda `transformation="r"`).
///
/// ``GridWeights`` (implicit contiguity of a rectangular grid, nothing stored) and
/// ``SparseWeights`` (explicit neighbour lists: contiguity of polygons, distance bands)
/// conform. ``GetisOrd`` and ``LocalMoran`` are generic over this protocol; they are
/// specialised for both conforming types, so the grid path costs what it did before.
public protocol SpatialWeights: Sendable {
    /// Number of observations n; indices run 0..<n.
    var count: Int { get }

    /// Number of neighbours kᵢ of observation i (itself excluded).
    func cardinality(_ index: Int) -> Int

    /// Calls `body` with each neighbour of observation i, in increasing index order.
    func forEachNeighbour(of index: Int, _ body: (Int) -> Void)

    /// For every observation, Σⱼ wᵢⱼ·xⱼ over its neighbours, plus xᵢ when `includingSelf`.
    func neighbourSums(_ values: [Double], includingSelf: Bool) -> [Double]

    /// Checks that `values` has one finite number per observation; `statistic` names the
    /// caller in the one-line message, which names the observation (``describe(_:)``).
    func validate(_ values: [Double], for statistic: String) throws(AnalyticsError)

    /// How messages name observation i: "cell (row 3, col 4)" on a grid, "observation 17"
    /// or "observation 17 (id 1101053)" for sparse weights.
    func describe(_ index: Int) -> String
}

extension SpatialWeights {
    /// Number of neighbours of every observation.
    public func cardinalities() -> [Int] {
        (0..<count).map(cardinality)
    }

    /// The neighbours of observation i, in increasing index order.
    public func neighbours(of index: Int) -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(cardinality(index))
        forEachNeighbour(of: index) { out.append($0) }
        return out
    }

    /// Observations without neighbours (libpysal's `islands`).
    public var islands: [Int] {
        (0..<count).filter { cardinality($0) == 0 }
    }

    /// The spatial lag without the self term (``neighbourSums(_:includingSelf:)``).
    public func neighbourSums(_ values: [Double]) -> [Double] {
        neighbourSums(values, includingSelf: false)
    }

    /// The generic lag: one pass over every neighbour list.
    func genericNeighbourSums(_ values: [Double], includingSelf: Bool) -> [Double] {
        precondition(values.count == count, "one value per observation")
        var out = [Double](repeating: 0, count: count)
        values.withUnsafeBufferPointer { x in
            out.withUnsafeMutableBufferPointer { sums in
                for i in 0..<count {
                    var s = includingSelf ? x[i] : 0
                    forEachNeighbour(of: i) { s += x[$0] }
                    sums[i] = s
                }
            }
        }
        return out
    }

    /// The generic check: the count, then the first value that is not finite.
    func genericValidate(
        _ values: [Double], for statistic: String, shape: String
    ) throws(AnalyticsError) {
        guard values.count == count else {
            throw AnalyticsError("\(statistic): \(values.count) values for \(shape)")
        }
        if let i = values.firstIndex(where: { !$0.isFinite }) {
            throw AnalyticsError("\(statistic): \(describe(i)) is \(values[i]), not a finite number")
        }
    }
}
