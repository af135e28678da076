import Foundation

/// Prospective hotspotting (Bowers, Johnson & Pease 2004, "Prospective hot-spotting: the
/// future of crime mapping?", British Journal of Criminology 44(5), 641–658): recent
/// events raise the risk of their own and nearby cells, with weights that fall with
/// distance and age as in the original,
///
///     score(c) = Σⱼ 1/(1 + dⱼ) · 1/(1 + wⱼ),   dⱼ ≤ spatial, ageⱼ ≤ temporal,
///
/// where dⱼ is the distance in whole cells (rounded) from cell c to the cell of event j
/// and wⱼ its age in whole weeks before the forecast origin. The spatial (0–3 cells) and
/// temporal (7–56 days) bandwidths are chosen by ``InnerBacktest`` in training.
public enum NearRepeatForecast {
    public struct Parameters: Codable, Sendable, Equatable, Hashable {
        /// Cells reached, in whole cells (0: the event's own cell only).
        public var spatialCells: Int
        /// Days looked back.
        public var temporalDays: Double

        public init(spatialCells: Int, temporalDays: Double) {
            self.spatialCells = spatialCells
            self.temporalDays = temporalDays
        }
    }

    /// The near-repeat risk of every cell at `origin` from the events before it.
    public static func scores(
        events: ForecastEvents, origin: Double, grid: Grid, parameters: Parameters
    ) -> [Double] {
        let reach = parameters.spatialCells
        var kernel: [(dr: Int, dc: Int, w: Double)] = []
        for dr in -reach...reach {
            for dc in -reach...reach {
                let d = (Double(dr * dr + dc * dc)).squareRoot().rounded()
                if d <= Double(reach) { kernel.append((dr, dc, 1 / (1 + d))) }
            }
        }
        var out = [Double](repeating: 0, count: grid.count)
        for i in 0..<events.count {
            let age = origin - events.time(i)
            guard age > 0, age <= parameters.temporalDays,
                let (r, c) = grid.cellOf(x: events.xs[i], y: events.ys[i])
            else { continue }
            let w = 1 / (1 + (age / 7).rounded(.down))
            for k in kernel {
                let rr = r + k.dr
                let cc = c + k.dc
                if rr >= 0, rr < grid.rows, cc >= 0, cc < grid.cols { out[rr * grid.cols + cc] += w * k.w }
            }
        }
        return out
    }

    /// The candidate settings, in order of preference on ties.
    public static let candidates: [Parameters] = [56.0, 28, 14, 7].flatMap { days in
        (0...3).map { Parameters(spatialCells: $0, temporalDays: days) }
    }

    static func run(
        events: ForecastEvents, grid: Grid, folds: InnerFolds, settings: ForecastSettings
    ) throws -> ComponentForecast {
        let candidates = candidates
        let selection = try InnerBacktest.select(
            candidates: candidates.count, folds: folds, grid: grid, coverage: settings.coverage, fallback: 1
        ) { fold in
            candidates.map { scores(events: fold.training, origin: fold.origin, grid: grid, parameters: $0) }
        }
        let chosen = candidates[selection.best]
        var parameters = ForecastParameters()
        parameters.nearRepeat = chosen
        return ComponentForecast(
            method: .nearrepeat, selection: selection,
            scores: scores(events: events, origin: folds.end, grid: grid, parameters: chosen),
            parameters: parameters)
    }
}
