/// The rolling-origin folds of a backtest run inside the training period only: fold k
/// trains on the events before oₖ = end − k·H and is scored on [oₖ, oₖ + H), for
/// k = 1…K with K = clamp(⌈14 days / H⌉, 2, maxFolds), keeping only folds that leave at
/// least max(7 days, H) of training before oₖ. Nothing after the training period is used.
struct InnerFolds: Sendable {
    struct Fold: Sendable {
        let origin: Double
        let training: ForecastEvents
        let test: ForecastEvents
    }

    let folds: [Fold]
    /// The end of the training period: the origin of the real forecast.
    let end: Double

    init(events: ForecastEvents, end: Double, horizon: Double, maxFolds: Int) {
        self.end = end
        let start = events.start
        let wanted = min(max(Int((14 / horizon).rounded(.up)), 2), maxFolds)
        var folds: [Fold] = []
        for k in 1...max(1, wanted) {
            let origin = end - Double(k) * horizon
            guard origin - start >= max(7, horizon) - 1e-9 else { break }
            let test = events.within(origin, origin + horizon)
            guard !test.isEmpty else { continue }
            folds.append(Fold(origin: origin, training: events.before(origin), test: test))
        }
        self.folds = folds
    }

    var isEmpty: Bool { folds.isEmpty }
    var count: Int { folds.count }
}
