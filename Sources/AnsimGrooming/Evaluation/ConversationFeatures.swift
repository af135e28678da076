import Foundation

/// Features of a whole conversation for the optional classifier: the highest
/// activation each stage reached, the largest number of high stages present at once,
/// the final order consistency, and whether an age signal met a sexual/image/meet
/// stage or an exchange happened. All in 0…1.
public enum ConversationFeatures {
    /// Feature names, in vector order.
    public static let names: [String] =
        GroomingStage.allCases.map { "max_" + $0.rawValue } + ["high_stages", "order", "age_combo", "exchange"]

    /// The feature vector of `messages`, streamed through a fresh state.
    public static func vector(_ messages: [GroomingMessage], scorer: GroomingScorer = GroomingScorer()) -> [Double] {
        let p = GroomingParameters()
        var state = ConversationState()
        var maxA = [Double](repeating: 0, count: GroomingStage.allCases.count)
        var high = 0
        var ageCombo = 0.0
        for m in messages {
            state.ingest(m, scorer: scorer, parameters: p)
            for (i, s) in GroomingStage.allCases.enumerated() { maxA[i] = max(maxA[i], state.activation[s] ?? 0) }
            let present = state.activation.filter { $0.value >= p.presentAt }
            high = max(high, GroomingParameters.highStages.filter { present[$0] != nil }.count)
            if present[.ageSignal] != nil, present[.sexual] != nil || present[.imageRequest] != nil
                || present[.meetRequest] != nil
            {
                ageCombo = 1
            }
        }
        let present = state.activation.filter { $0.value >= p.presentAt }
        let seq = state.sequence(present: present)
        let order = Set(seq.map(\.order)).count >= 3 ? ConversationState.orderConsistency(seq) : 0
        return maxA + [Double(high) / 5, order, ageCombo, state.exchange ? 1 : 0]
    }
}
