/// Scoring a grid forecast against the events that followed, with the measures of the NIJ
/// Real-Time Crime Forecasting Challenge (National Institute of Justice 2016, "Real-Time
/// Crime Forecasting Challenge": PAI and PEI over a fixed forecast area).
///
/// The forecast flags the k highest-scoring cells, k = ⌊coverage × cells⌋ but at least 1.
/// With N the number of events, n those in flagged cells, a the flagged area and A the
/// area of the grid:
///
/// - hit rate = n/N;
/// - PAI = (n/N)/(a/A), the Predictive Accuracy Index (Chainey, Tompson & Uhlig 2008, "The
///   utility of hotspot mapping for predicting spatial patterns of crime", Security Journal
///   21: 4–28); A and a are counted in cells, all of the same size;
/// - PEI = PAI/PAI*, the Predictive Efficiency Index (Hunt 2016, "Do crime hot spots move?
///   Exploring the effects of the modifiable areal unit problem and modifiable temporal unit
///   problem on crime hot spot stability", American University; as used by NIJ 2016), where
///   PAI* = (n*/N)/(a/A) is the best PAI any k cells could have had: n* is the number of
///   events in the k cells that hold the most. So PEI = n/n*, 1 for a perfect forecast.
///
/// Choices, stated:
/// - Ties in score are broken by row, then col (the lower index is flagged first), so the
///   flagged set is a function of the scores alone.
/// - k = ⌊coverage × cells + 10⁻⁹⌋, at least 1: coverage 0.29 of 100 cells flags 29 cells
///   even though 0.29 × 100 is 28.999… in binary; a coverage too small for one whole cell
///   still flags the best cell (PAI is undefined for an empty area).
/// - Events outside the grid count in N but are never captured (nor in n*): the forecast is
///   charged for crime it could not see, as the challenge scored all calls in the city.
/// - No events at all (N = 0): hit rate, PAI and PEI are 0 (there is nothing to find); so is
///   PEI when no event falls inside the grid (n* = 0). The counts tell these cases apart.
public enum ForecastEvaluation {
    /// Flags the top ⌊coverage × grid.count⌋ cells by score (ties broken by row, then col),
    /// counts actual events in flagged cells (events outside the grid count in the total N
    /// but are never captured), and returns hit rate = n/N, PAI = (n/N)/(a/A),
    /// PEI = PAI / PAI* (see ``ForecastEvaluation``).
    ///
    /// Throws ``AnalyticsError`` when there is not one finite score per cell, when an event
    /// coordinate is not finite or the coordinate arrays differ in length, or when the
    /// coverage is not in (0, 1].
    public static func evaluate(
        scores: [Double], grid: Grid, actualXs: [Double], actualYs: [Double], coverage: Double
    ) throws(AnalyticsError) -> EvaluationResult {
        let cells = grid.count
        guard scores.count == cells else {
            throw AnalyticsError(
                "evaluation: \(scores.count) scores for a \(grid.rows)×\(grid.cols) grid of \(cells) cells")
        }
        if let i = scores.firstIndex(where: { !$0.isFinite }) {
            throw AnalyticsError(
                "evaluation: cell (row \(i / grid.cols), col \(i % grid.cols)) has score \(scores[i]), not a finite number"
            )
        }
        guard actualXs.count == actualYs.count else {
            throw AnalyticsError(
                "evaluation: \(actualXs.count) x coordinates but \(actualYs.count) y coordinates")
        }
        if let i = actualXs.indices.first(where: { !actualXs[$0].isFinite || !actualYs[$0].isFinite }) {
            throw AnalyticsError(
                "evaluation: event \(i + 1) is (\(actualXs[i]), \(actualYs[i])), not a finite coordinate pair"
            )
        }
        guard coverage > 0, coverage <= 1 else {
            throw AnalyticsError("evaluation: coverage \(coverage) is not in (0, 1]")
        }
        let k = flaggedCount(coverage: coverage, cells: cells)
        let counts = eventCounts(grid: grid, xs: actualXs, ys: actualYs).counts
        let captured = flagged(k, of: scores).reduce(0) { $0 + counts[$1] }
        let best = bestCapture(k, counts: counts)
        let total = actualXs.count
        let hitRate = total > 0 ? Double(captured) / Double(total) : 0
        return EvaluationResult(
            hitRate: hitRate, pai: hitRate * Double(cells) / Double(k),
            pei: best > 0 ? Double(captured) / Double(best) : 0,
            cellsFlagged: k, crimesCaptured: captured, totalCrimes: total)
    }

    /// k = ⌊coverage × cells + 10⁻⁹⌋, clamped to 1…cells.
    public static func flaggedCount(coverage: Double, cells: Int) -> Int {
        let k = (coverage * Double(cells) + 1e-9).rounded(.down)
        return k.isNaN ? 1 : Int(min(Double(cells), max(1, k)))
    }
}
