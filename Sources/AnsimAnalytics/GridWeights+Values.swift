extension GridWeights: SpatialWeights {
    /// For every cell, the sum of `values` over its neighbours — the spatial lag Σⱼ wᵢⱼ·xⱼ
    /// with binary weights — plus the cell's own value when `includingSelf` (the Gi* sum).
    /// `values` has one entry per cell, row-major. O(neighbours) per cell, no allocation
    /// besides the result.
    public func neighbourSums(_ values: [Double], includingSelf: Bool = false) -> [Double] {
        precondition(values.count == count, "one value per cell")
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

    /// Checks that `values` has one finite number per cell; `statistic` names the caller in
    /// the message, e.g. "Gi*: cell (row 3, col 4) is NaN".
    public func validate(_ values: [Double], for statistic: String) throws(AnalyticsError) {
        try genericValidate(values, for: statistic, shape: "a \(rows)×\(cols) grid of \(count) cells")
    }

    /// "cell (row r, col c)" for index r·cols + c.
    public func describe(_ index: Int) -> String {
        "cell (row \(index / cols), col \(index % cols))"
    }
}
