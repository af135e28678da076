/// The pure arithmetic behind report figures: changes, quantiles and shares.
public enum Trend {
    /// Percent change from `base` to `value`; nil when `base` is 0.
    public static func change(_ value: Int, from base: Int) -> Double? {
        base == 0 ? nil : (Double(value) - Double(base)) / Double(base) * 100
    }

    /// The `q` quantile of `values` with linear interpolation between order statistics
    /// (PostgreSQL's `percentile_cont`, numpy's default); nil for no values.
    public static func quantile(_ values: [Double], _ q: Double) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let position = q * Double(sorted.count - 1)
        let low = Int(position.rounded(.down))
        let high = min(low + 1, sorted.count - 1)
        return sorted[low] + (sorted[high] - sorted[low]) * (position - Double(low))
    }

    /// `part / whole`, nil when `whole` is 0.
    public static func share(_ part: Int, of whole: Int) -> Double? {
        whole == 0 ? nil : Double(part) / Double(whole)
    }

    /// A count table from `(key, window, count)` rows (window 0 current, 1 previous, 2 last
    /// year): every key of `always` first (zeros when absent), then the others by count.
    public static func table(_ rows: [(String, Int, Int)], always: [String], source: String) -> CountTable {
        var counts: [String: [Int]] = [:]
        for (key, window, n) in rows where (0...2).contains(window) {
            counts[key, default: [0, 0, 0]][window] += n
        }
        let extra = counts.keys.filter { !always.contains($0) }.sorted {
            (counts[$0]![0], $1) > (counts[$1]![0], $0)
        }
        func row(_ key: String, _ c: [Int]) -> CountTable.Row {
            CountTable.Row(
                key: key, current: c[0], previous: c[1], lastYear: c[2],
                changeVsPrevious: change(c[0], from: c[1]),
                changeVsLastYear: change(c[0], from: c[2]))
        }
        let list = (always + extra).map { row($0, counts[$0] ?? [0, 0, 0]) }
        let sums = (0...2).map { w in list.reduce(0) { $0 + [$1.current, $1.previous, $1.lastYear][w] } }
        return CountTable(rows: list, total: row("합계", sums), source: source)
    }

    /// Response figures per code from `(code, minutes or nil)` rows: one row per call; nil
    /// minutes for calls without an arrival.
    public static func response(_ calls: [(Int, Double?)], targets: ResponseTargets) -> [ResponseFigure] {
        (0...4).map { code in
            let mine = calls.filter { $0.0 == code }
            let minutes = mine.compactMap(\.1)
            let target = targets.minutes[code]
            return ResponseFigure(
                code: code, calls: mine.count, arrived: minutes.count, medianMinutes: quantile(minutes, 0.5),
                p90Minutes: quantile(minutes, 0.9), targetMinutes: target,
                withinTarget: target.flatMap { t in share(minutes.filter { $0 <= t }.count, of: minutes.count)
                })
        }
    }
}
