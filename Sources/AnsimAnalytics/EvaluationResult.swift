/// The scores of one forecast against the events that followed, over a stated area coverage:
/// the measures of the NIJ Real-Time Crime Forecasting Challenge (National Institute of
/// Justice 2016). See ``ForecastEvaluation/evaluate(scores:grid:actualXs:actualYs:coverage:)``.
///
/// JSON keys: `hit_rate`, `pai`, `pei`, `cells_flagged`, `crimes_captured`, `total_crimes`.
public struct EvaluationResult: Codable, Sendable, Equatable {
    /// n/N: the share of all events that fell in the flagged cells.
    public var hitRate: Double
    /// Predictive Accuracy Index (n/N)/(a/A) (Chainey, Tompson & Uhlig 2008).
    public var pai: Double
    /// Predictive Efficiency Index PAI/PAI* = n/n* (Hunt 2016; NIJ 2016).
    public var pei: Double
    /// a/cell²: the number of cells flagged.
    public var cellsFlagged: Int
    /// n: events in the flagged cells.
    public var crimesCaptured: Int
    /// N: all events, those outside the grid included.
    public var totalCrimes: Int

    public init(
        hitRate: Double, pai: Double, pei: Double, cellsFlagged: Int, crimesCaptured: Int, totalCrimes: Int
    ) {
        self.hitRate = hitRate
        self.pai = pai
        self.pei = pei
        self.cellsFlagged = cellsFlagged
        self.crimesCaptured = crimesCaptured
        self.totalCrimes = totalCrimes
    }

    enum CodingKeys: String, CodingKey {
        case hitRate = "hit_rate"
        case pai
        case pei
        case cellsFlagged = "cells_flagged"
        case crimesCaptured = "crimes_captured"
        case totalCrimes = "total_crimes"
    }
}
