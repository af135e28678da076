/// One line of a backtest table: a method (or a fixed KDE baseline) at one coverage,
/// with hit rate, PAI and PEI averaged over the test periods and the per-period results.
public struct BacktestRow: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable {
        /// A method whose settings were chosen inside each training period.
        case method
        /// Plain quartic KDE with fixed settings (the baseline grid).
        case baseline
        /// Not a forecast: a ceiling that reads the data outside the test period, future
        /// included (the cell counts of every other event).
        case reference
    }

    public var name: String
    public var kind: Kind
    public var coverage: Double
    public var hitRate: Double
    public var pai: Double
    public var pei: Double
    public var periods: [EvaluationResult]

    public init(name: String, kind: Kind, coverage: Double, periods: [EvaluationResult]) {
        self.name = name
        self.kind = kind
        self.coverage = coverage
        self.periods = periods
        let n = Double(max(periods.count, 1))
        hitRate = periods.reduce(0) { $0 + $1.hitRate } / n
        pai = periods.reduce(0) { $0 + $1.pai } / n
        pei = periods.reduce(0) { $0 + $1.pei } / n
    }
}
