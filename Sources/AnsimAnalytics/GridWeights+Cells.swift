extension GridWeights {
    /// Arranges records (row, col, value) that list every cell of a rectangular grid exactly
    /// once, in any order, into row-major values (index = row·cols + col). The grid is
    /// rows 0…max(row) × cols 0…max(col); indices start at 0 as in ``Grid``.
    ///
    /// Throws a one-line ``AnalyticsError`` naming the first problem: a row or col that is not
    /// a non-negative integer, a value that is not finite, a cell listed twice, or a missing
    /// cell. `describe` names a record in messages (record k ↦ e.g. "cells.csv: line k+2").
    public static func cells(
        rows: [Double], cols: [Double], values: [Double],
        describe: (Int) -> String = { "record \($0 + 1)" }
    ) throws(AnalyticsError) -> (rows: Int, cols: Int, values: [Double]) {
        precondition(rows.count == values.count && cols.count == values.count, "one row, col and value each")
        guard !values.isEmpty else { throw AnalyticsError("no cells: the grid is empty") }
        var maxRow = 0
        var maxCol = 0
        for k in values.indices {
            guard isIndex(rows[k]) else {
                throw AnalyticsError("\(describe(k)): row \(rows[k]) is not a non-negative integer")
            }
            guard isIndex(cols[k]) else {
                throw AnalyticsError("\(describe(k)): col \(cols[k]) is not a non-negative integer")
            }
            guard values[k].isFinite else {
                throw AnalyticsError("\(describe(k)): value \(values[k]) is not a finite number")
            }
            maxRow = max(maxRow, Int(rows[k]))
            maxCol = max(maxCol, Int(cols[k]))
        }
        let (nr, nc) = (maxRow + 1, maxCol + 1)
        let (total, overflow) = nr.multipliedReportingOverflow(by: nc)
        let shape = "the \(nr)×\(nc) grid spanned by the listed rows and cols"
        guard !overflow, total <= 4 * values.count + 64 else {
            throw AnalyticsError(
                "\(values.count) cells listed, but \(shape) has \(overflow ? "too many" : "\(total)") cells")
        }
        var record = [Int32](repeating: -1, count: total)
        var out = [Double](repeating: 0, count: total)
        for k in values.indices {
            let i = Int(rows[k]) * nc + Int(cols[k])
            guard record[i] < 0 else {
                throw AnalyticsError(
                    "\(describe(k)): cell (row \(Int(rows[k])), col \(Int(cols[k]))) is listed twice "
                        + "(first at \(describe(Int(record[i]))))")
            }
            record[i] = Int32(k)
            out[i] = values[k]
        }
        if let i = record.firstIndex(of: -1) {
            let missing = total - values.count
            throw AnalyticsError(
                "cell (row \(i / nc), col \(i % nc)) is missing: \(shape) needs every cell "
                    + "(\(missing) missing)")
        }
        return (nr, nc, out)
    }

    private static func isIndex(_ v: Double) -> Bool {
        v >= 0 && v < 2_147_483_648 && v.rounded() == v
    }
}
