import Foundation

/// A small L2-regularised logistic regression over ``ConversationFeatures``, trained by
/// full-batch gradient descent from zero weights: deterministic for a training set
/// (which is itself seeded). The optional comparison to the transparent model.
public struct LogisticModel: Codable, Sendable {
    /// Weights, one per feature.
    public var weights: [Double]
    /// Intercept.
    public var bias: Double

    /// Trains on `x` (rows of features) and `y` (labels).
    public static func train(
        _ x: [[Double]], _ y: [Bool], l2: Double = 0.01, rate: Double = 0.5, iterations: Int = 3000
    ) -> LogisticModel {
        let d = x.first?.count ?? 0
        var m = LogisticModel(weights: [Double](repeating: 0, count: d), bias: 0)
        let n = Double(x.count)
        for _ in 0..<iterations {
            var gw = [Double](repeating: 0, count: d)
            var gb = 0.0
            for (row, label) in zip(x, y) {
                let err = m.probability(row) - (label ? 1 : 0)
                for j in 0..<d { gw[j] += err * row[j] }
                gb += err
            }
            for j in 0..<d { m.weights[j] -= rate * (gw[j] / n + l2 * m.weights[j]) }
            m.bias -= rate * gb / n
        }
        return m
    }

    /// P(grooming | features).
    public func probability(_ row: [Double]) -> Double {
        let z = zip(weights, row).reduce(bias) { $0 + $1.0 * $1.1 }
        return 1 / (1 + exp(-z))
    }
}

extension GroomingEvaluation {
    /// Trains the classifier on the development family and scores the held-out family
    /// (both generated with `seed`): conversation counts at probability ≥ 0.5.
    public static func logisticComparison(seed: UInt64, grooming: Int = 250, benign: Int = 350)
        -> (model: LogisticModel, heldOut: BinaryCounts)
    {
        func set(_ f: SynthFamily) -> ([[Double]], [Bool]) {
            var s = GroomingSynth(family: f, seed: seed)
            let c = s.conversations(grooming: grooming, negatives: benign)
            return (c.map { ConversationFeatures.vector($0.lines.map(\.message)) }, c.map(\.grooming))
        }
        let (xd, yd) = set(.development)
        let model = LogisticModel.train(xd, yd)
        let (xt, yt) = set(.heldOut)
        var counts = BinaryCounts()
        for (row, label) in zip(xt, yt) { counts.add(predicted: model.probability(row) >= 0.5, actual: label) }
        return (model, counts)
    }
}
