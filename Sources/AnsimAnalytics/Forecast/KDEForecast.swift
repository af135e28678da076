import Foundation

/// The plain hotspot forecast: a quartic kernel density of the events of the last
/// `lookback` days (all of them when nil), evaluated at the cell centres by ``KDE``
/// (the prospective use of retrospective KDE hotspot maps; Chainey, Tompson & Uhlig
/// 2008, Security Journal 21). The score is the density × cell area × H / (days looked
/// back): the expected events per cell in the horizon if the recent rate persists.
///
/// `--method kde` chooses the bandwidth (1, 1.5, 2 or 3 cells) and the look-back (all,
/// 56, 28, 14 or 7 days) by ``InnerBacktest`` inside the training period.
public enum KDEForecast {
    public struct Parameters: Codable, Sendable, Equatable, Hashable {
        /// Quartic kernel radius, metres.
        public var bandwidth: Double
        /// Days of history used; nil for all.
        public var lookback: Double?

        public init(bandwidth: Double, lookback: Double?) {
            self.bandwidth = bandwidth
            self.lookback = lookback
        }

        /// E.g. "h=150m lb=28d" or "h=150m lb=all".
        public var label: String {
            "h=\(Int(bandwidth.rounded()))m lb=" + (lookback.map { "\(Int($0.rounded()))d" } ?? "all")
        }
    }

    /// The expected events per cell in [origin, origin + horizon) by the KDE of the events
    /// before `origin` within the look-back.
    public static func scores(
        events: ForecastEvents, origin: Double, horizon: Double, grid: Grid, parameters: Parameters
    ) throws -> [Double] {
        let from = parameters.lookback.map { origin - $0 } ?? -Double.infinity
        let recent = events.within(from, origin)
        guard !recent.isEmpty else { return [Double](repeating: 0, count: grid.count) }
        let span = max(origin - max(from, recent.start), 1e-9)
        let density = try KDE.density(
            xs: recent.xs, ys: recent.ys, grid: grid, bandwidth: parameters.bandwidth, kernel: .quartic)
        let scale = grid.cell * grid.cell * horizon / span
        return density.map { $0 * scale }
    }

    /// The candidate settings for a grid's cell size, in order of preference on ties.
    public static func candidates(cell: Double) -> [Parameters] {
        var out: [Parameters] = []
        for lookback in [nil, 56, 28, 14, 7] as [Double?] {
            for factor in [1.0, 1.5, 2, 3] {
                out.append(Parameters(bandwidth: factor * cell, lookback: lookback))
            }
        }
        return out
    }

    /// Tunes the settings in the training period and forecasts from its end.
    static func run(
        events: ForecastEvents, grid: Grid, folds: InnerFolds, settings: ForecastSettings
    ) throws -> ComponentForecast {
        let candidates = candidates(cell: grid.cell)
        let horizon = settings.horizon
        let selection = try InnerBacktest.select(
            candidates: candidates.count, folds: folds, grid: grid, coverage: settings.coverage,
            fallback: candidates.firstIndex(of: Parameters(bandwidth: 1.5 * grid.cell, lookback: nil)) ?? 0
        ) { fold in
            try candidates.map {
                try scores(
                    events: fold.training, origin: fold.origin, horizon: horizon, grid: grid, parameters: $0)
            }
        }
        let chosen = candidates[selection.best]
        let final = try scores(
            events: events, origin: folds.end, horizon: horizon, grid: grid, parameters: chosen)
        var parameters = ForecastParameters()
        parameters.kde = chosen
        return ComponentForecast(method: .kde, selection: selection, scores: final, parameters: parameters)
    }
}
