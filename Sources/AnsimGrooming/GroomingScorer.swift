import Foundation

/// Scores single messages against a lexicon (no conversation state).
public struct GroomingScorer: Sendable {
    /// The lexicon.
    public let lexicon: GroomingLexicon

    /// A scorer over `lexicon` (default: the shipped one).
    public init(lexicon: GroomingLexicon = .standard) { self.lexicon = lexicon }

    /// The evidence in `text` said by `speaker`, in lexicon order.
    public func evidence(in text: String, speaker: GroomingSpeaker) -> [GroomingEvidence] {
        let normalized = GroomingNormalizer.normalize(text)
        return lexicon.matches(normalized).map { pattern, range in
            GroomingEvidence(
                patternID: pattern.id, stage: pattern.stage,
                weight: (pattern.weight * pattern.speakerFactor(speaker) * 1000).rounded() / 1000,
                start: range.lowerBound, end: range.upperBound, excerpt: normalized.excerpt(range))
        }
    }

    /// The score of `message`, at position `index` of its conversation.
    public func score(_ message: GroomingMessage, index: Int) -> MessageScore {
        let evidence = self.evidence(in: message.text, speaker: message.speaker)
        var s = MessageScore(index: index, at: message.at, speaker: message.speaker, evidence: evidence, score: 0)
        s.score = 1 - s.stages.values.reduce(1) { $0 * (1 - $1) }
        s.score = (s.score * 1000).rounded() / 1000
        return s
    }
}
