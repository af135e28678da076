/// Chooses among a method's candidate settings by a rolling-origin backtest inside the
/// training period (``InnerFolds``): each candidate forecasts every fold from the fold's
/// own training events, is scored by PAI at the target coverage on the fold's test
/// period, and the candidate with the highest mean PAI wins (ties: the earlier one).
enum InnerBacktest {
    struct Selection: Sendable {
        /// The chosen candidate.
        let best: Int
        /// Mean inner PAI of every candidate (empty without folds).
        let meanPAI: [Double]
        /// For each fold, the chosen candidate's scores.
        let foldScores: [[Double]]
    }

    /// `scores(fold)` returns one score surface per candidate; with no folds `fallback` wins.
    static func select(
        candidates: Int, folds: InnerFolds, grid: Grid, coverage: Double, fallback: Int,
        scores: @Sendable (InnerFolds.Fold) throws -> [[Double]]
    ) throws -> Selection {
        guard !folds.isEmpty else { return Selection(best: fallback, meanPAI: [], foldScores: []) }
        let perFold = try Parallel.map(folds.count) { f -> (pai: [Double], scores: [[Double]]) in
            let fold = folds.folds[f]
            let surfaces = try scores(fold)
            precondition(surfaces.count == candidates)
            let scorer = FoldScorer(test: fold.test, grid: grid, coverage: coverage)
            return (surfaces.map(scorer.pai), surfaces)
        }
        let mean = (0..<candidates).map { c in perFold.reduce(0) { $0 + $1.pai[c] } / Double(folds.count) }
        var best = 0
        for c in mean.indices where mean[c] > mean[best] { best = c }
        return Selection(best: best, meanPAI: mean, foldScores: perFold.map { $0.scores[best] })
    }
}
