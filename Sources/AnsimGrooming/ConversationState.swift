import Foundation

/// The streaming state of one conversation: feed messages in order with
/// ``ingest(_:)``; read ``risk`` at any time. A value type, so a store can persist and
/// restore it (it is `Codable`).
///
/// Each stage has an activation in 0…1. A message's evidence for a stage raises it
/// (`a ← 1 − (1 − a)(1 − w)`); between messages every activation decays with the
/// half-life. Risk is `1 − (1 − base)(1 − bonus)` where `base = 1 − Π(1 − importance·a)`
/// and the bonus rewards combinations of high stages, a progression in the typical
/// order, an age signal next to sexual/image/meet stages, and exchanges in one message.
public struct ConversationState: Codable, Sendable, Equatable {
    /// Activation per stage.
    public private(set) var activation: [GroomingStage: Double] = [:]
    /// Message index where each stage first reached ``GroomingParameters/presentAt``.
    public private(set) var firstSeen: [GroomingStage: Int] = [:]
    /// Pattern ids seen per stage (first five).
    public private(set) var patterns: [GroomingStage: [String]] = [:]
    /// Time of the latest message.
    public private(set) var lastAt: Date?
    /// Messages ingested.
    public private(set) var count = 0
    /// Whether a counterpart message offered something and asked for images/a meeting.
    public private(set) var exchange = false
    /// The highest risk reached.
    public private(set) var peakRisk = 0.0

    /// An empty conversation.
    public init() {}

    /// Scores `message` with `scorer`, updates the state and returns the message score.
    @discardableResult
    public mutating func ingest(
        _ message: GroomingMessage, scorer: GroomingScorer = GroomingScorer(),
        parameters: GroomingParameters = GroomingParameters()
    ) -> MessageScore {
        let score = scorer.score(message, index: count)
        apply(score, parameters: parameters)
        return score
    }

    /// Updates the state with an already computed message score.
    public mutating func apply(_ score: MessageScore, parameters p: GroomingParameters = GroomingParameters()) {
        if let lastAt {
            let hours = score.at.timeIntervalSince(lastAt) / 3600
            if hours > 0 {
                let decay = pow(0.5, hours / p.halfLifeHours)
                for (s, a) in activation { activation[s] = a * decay }
            }
        }
        lastAt = max(lastAt ?? score.at, score.at)
        let stages = score.stages
        for (stage, w) in stages {
            let a = 1 - (1 - (activation[stage] ?? 0)) * (1 - w)
            activation[stage] = a
            if a >= p.presentAt, firstSeen[stage] == nil { firstSeen[stage] = count }
        }
        for e in score.evidence where !(patterns[e.stage] ?? []).contains(e.patternID) {
            if (patterns[e.stage]?.count ?? 0) < 5 { patterns[e.stage, default: []].append(e.patternID) }
        }
        if score.speaker != .child, stages[.gifts] != nil,
            stages[.imageRequest] != nil || stages[.meetRequest] != nil || stages[.sexual] != nil
        {
            exchange = true
        }
        count += 1
        peakRisk = max(peakRisk, risk(parameters: p).risk)
    }
}
