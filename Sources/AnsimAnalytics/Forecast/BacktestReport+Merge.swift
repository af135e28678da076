/// Putting a backtest back together from reports of its test periods computed apart
/// (`ansim backtest --only-period`, one Dask task each; `ansim batch backtest`).
extension BacktestReport {
    /// The report of all `parts` as one run over their test periods would give it: the
    /// periods in the order of `origins`, each row's per-period results concatenated in
    /// that order and averaged as ``BacktestRow`` averages them (so the means are the
    /// same to the last bit), and the parameters chosen per period in the same order.
    ///
    /// - Parameter origins: the test periods the whole run covers (ISO dates, in order).
    /// - Throws: ``AnalyticsError`` naming what does not fit: parts of another grid,
    ///   horizon, cell or coverages; a period missing, given twice or not in `origins`;
    ///   parts whose rows differ.
    public static func merged(_ parts: [BacktestReport], origins: [String]) throws -> BacktestReport {
        guard let first = parts.first else { throw AnalyticsError("backtest merge: no period reports") }
        for p in parts {
            guard p.horizonDays == first.horizonDays, p.cell == first.cell, p.grid == first.grid,
                p.coverages == first.coverages
            else {
                throw AnalyticsError(
                    "backtest merge: the report of \(p.origins.joined(separator: ", ")) has another grid, cell, horizon or "
                        + "coverages (\(p.grid), \(p.cell) m, \(p.horizonDays) d) than \(first.origins.joined(separator: ", ")) "
                        + "(\(first.grid), \(first.cell) m, \(first.horizonDays) d)")
            }
            guard p.rows.map(\.key) == first.rows.map(\.key) else {
                throw AnalyticsError(
                    "backtest merge: the report of \(p.origins.joined(separator: ", ")) has other rows (methods or baselines)"
                )
            }
            guard p.parameters.count == p.origins.count,
                p.rows.allSatisfy({ $0.periods.count == p.origins.count })
            else {
                throw AnalyticsError(
                    "backtest merge: the report of \(p.origins.joined(separator: ", ")) is inconsistent: "
                        + "rows or parameters do not have one entry per period")
            }
        }
        var at: [String: (part: Int, index: Int)] = [:]
        for (k, p) in parts.enumerated() {
            for (i, o) in p.origins.enumerated() {
                guard at[o] == nil else { throw AnalyticsError("backtest merge: period \(o) is given twice") }
                guard origins.contains(o) else {
                    throw AnalyticsError(
                        "backtest merge: period \(o) is not one of this backtest's (\(origins.joined(separator: ", ")))"
                    )
                }
                at[o] = (k, i)
            }
        }
        let missing = origins.filter { at[$0] == nil }
        guard missing.isEmpty else {
            throw AnalyticsError("backtest merge: no report of period \(missing.joined(separator: ", "))")
        }
        let order = origins.map { at[$0]! }
        let rows = first.rows.indices.map { r in
            BacktestRow(
                name: first.rows[r].name, kind: first.rows[r].kind, coverage: first.rows[r].coverage,
                periods: order.map { parts[$0.part].rows[r].periods[$0.index] })
        }
        return BacktestReport(
            origins: origins, horizonDays: first.horizonDays, cell: first.cell, grid: first.grid,
            coverages: first.coverages, rows: rows,
            parameters: order.map { parts[$0.part].parameters[$0.index] })
    }
}

extension BacktestRow {
    /// What identifies a row across period reports.
    var key: String { "\(kind.rawValue)|\(name)|\(coverage)" }
}
