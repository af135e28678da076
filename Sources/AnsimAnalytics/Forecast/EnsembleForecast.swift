/// `--method ensemble`: a weighted average of the tuned KDE, SEPP, near-repeat and (when
/// risk factors are given) RTM forecasts, each normalised first (by its mean, or to
/// ranks). The normalisation and the weights — every split of 1 into steps of 0.1 — are
/// chosen by the same rolling-origin backtest inside the training period that tuned the
/// methods: each combination is applied to the methods' inner-fold forecasts and scored
/// by PAI at the target coverage; the best mean wins (ties: mean before rank, then the
/// first in enumeration order). The final forecast applies those weights to the
/// methods' forecasts from the end of the training period. Nothing after it is seen.
enum EnsembleForecast {
    static func combine(
        _ components: [ComponentForecast], folds: InnerFolds, grid: Grid, coverage: Double
    ) throws -> (scores: [Double], weights: EnsembleWeights, innerPAI: Double?) {
        let names = components.map(\.method.rawValue)
        let usable = !folds.isEmpty && components.allSatisfy { $0.selection.foldScores.count == folds.count }
        var choice = (
            EnsembleWeights.Normalisation.mean,
            [Double](repeating: 1 / Double(components.count), count: components.count)
        )
        var innerPAI: Double?
        if usable {
            let grid10 = weightGrid(parts: components.count, steps: 10)
            let options = EnsembleWeights.Normalisation.allCases.flatMap { n in grid10.map { (n, $0) } }
            let scorers = folds.folds.map { FoldScorer(test: $0.test, grid: grid, coverage: coverage) }
            let normalised = EnsembleWeights.Normalisation.allCases.map { n in
                folds.folds.indices.map { f in components.map { normalise($0.selection.foldScores[f], n) } }
            }
            let mean = try Parallel.map(options.count) { o -> Double in
                let (n, w) = options[o]
                let perFold = normalised[n == .mean ? 0 : 1]
                return scorers.indices.reduce(0) { $0 + scorers[$1].pai(mix(perFold[$1], w)) }
                    / Double(scorers.count)
            }
            var best = 0
            for o in mean.indices where mean[o] > mean[best] { best = o }
            choice = options[best]
            innerPAI = mean[best]
        }
        let final = mix(components.map { normalise($0.scores, choice.0) }, choice.1)
        let weights = Dictionary(uniqueKeysWithValues: zip(names, choice.1))
        return (final, EnsembleWeights(normalisation: choice.0, weights: weights), innerPAI)
    }

    /// Σ wₖ sₖ.
    static func mix(_ surfaces: [[Double]], _ weights: [Double]) -> [Double] {
        var out = [Double](repeating: 0, count: surfaces[0].count)
        for (s, w) in zip(surfaces, weights) where w > 0 {
            for c in out.indices { out[c] += w * s[c] }
        }
        return out
    }

    static func normalise(_ s: [Double], _ how: EnsembleWeights.Normalisation) -> [Double] {
        switch how {
        case .mean:
            let m = s.reduce(0, +) / Double(max(s.count, 1))
            return m > 0 ? s.map { $0 / m } : s.map { _ in 0 }
        case .rank:
            let order = s.indices.sorted { s[$0] < s[$1] }
            var ranks = [Double](repeating: 0, count: s.count)
            var i = 0
            while i < order.count {
                var j = i
                while j + 1 < order.count, s[order[j + 1]] == s[order[i]] { j += 1 }
                let r = Double(i + j) / 2 / Double(max(order.count - 1, 1))
                for k in i...j { ranks[order[k]] = r }
                i = j + 1
            }
            return ranks
        }
    }

    /// Every vector of `parts` non-negative multiples of 1/steps summing to 1, the first
    /// weight descending from 1.
    static func weightGrid(parts: Int, steps: Int) -> [[Double]] {
        func compositions(_ parts: Int, _ total: Int) -> [[Int]] {
            if parts == 1 { return [[total]] }
            return stride(from: total, through: 0, by: -1).flatMap { first in
                compositions(parts - 1, total - first).map { [first] + $0 }
            }
        }
        return compositions(max(parts, 1), steps).map { $0.map { Double($0) / Double(steps) } }
    }
}
