import Foundation

/// The result of ``Backtest/run(events:grid:origins:methods:baselines:coverages:settings:progress:)``.
public struct BacktestReport: Codable, Sendable {
    public var origins: [String]
    public var horizonDays: Double
    public var cell: Double
    public var grid: String
    public var coverages: [Double]
    public var rows: [BacktestRow]
    /// For each origin, the parameters each method chose.
    public var parameters: [[String: ForecastParameters]]

    /// The fixed-setting KDE with the highest mean PAI at `coverage` (chosen on the test
    /// periods themselves: an optimistic baseline no forecaster could pick in advance).
    public func bestBaseline(coverage: Double) -> BacktestRow? {
        rows.filter { $0.kind == .baseline && $0.coverage == coverage }.max { $0.pai < $1.pai }
    }

    /// The row of a method at a coverage.
    public func row(_ method: ForecastMethod, coverage: Double) -> BacktestRow? {
        rows.first { $0.kind == .method && $0.name == method.rawValue && $0.coverage == coverage }
    }

    /// A markdown table: one line per method and the best baseline, hit rate / PAI / PEI per coverage.
    public func markdown(allBaselines: Bool = false) -> String {
        func pct(_ c: Double) -> String { String(format: "%g %%", c * 100) }
        var lines = [
            "| forecast | "
                + coverages.map { "hit rate @\(pct($0)) | PAI @\(pct($0)) | PEI @\(pct($0))" }.joined(
                    separator: " | ") + " |"
        ]
        lines.append("|---|" + String(repeating: "---:|", count: 3 * coverages.count))
        var names = rows.filter { $0.kind == .method && $0.coverage == coverages[0] }.map(\.name)
        if allBaselines {
            names += rows.filter { $0.kind == .baseline && $0.coverage == coverages[0] }.map(\.name)
        } else {
            for c in coverages {
                if let b = bestBaseline(coverage: c), !names.contains(b.name) { names.append(b.name) }
            }
        }
        names += rows.filter { $0.kind == .reference && $0.coverage == coverages[0] }.map(\.name)
        for name in names {
            let cells = coverages.map { c -> String in
                guard let r = rows.first(where: { $0.name == name && $0.coverage == c }) else {
                    return "– | – | –"
                }
                return String(format: "%.3f | %.2f | %.3f", r.hitRate, r.pai, r.pei)
            }
            let label =
                switch rows.first(where: { $0.name == name })?.kind {
                case .baseline: "\(name) (fixed)"
                case .reference: "*\(name) (reference: reads the future)*"
                default: name
                }
            lines.append("| \(label) | " + cells.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
