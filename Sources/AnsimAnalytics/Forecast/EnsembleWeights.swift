/// The combination the ensemble chose: how each method's scores were normalised and the
/// weight of each method (weights sum to 1).
public struct EnsembleWeights: Codable, Sendable, Equatable {
    public enum Normalisation: String, Codable, Sendable, CaseIterable {
        /// Scores divided by their mean over the grid (a mixture of intensity surfaces).
        case mean
        /// Scores replaced by their rank in [0, 1] (ties share the average rank).
        case rank
    }

    public var normalisation: Normalisation
    public var weights: [String: Double]

    public init(normalisation: Normalisation, weights: [String: Double]) {
        self.normalisation = normalisation
        self.weights = weights
    }
}
