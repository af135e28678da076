/// One piece of evidence in a message: which pattern matched where, for which stage.
public struct GroomingEvidence: Codable, Sendable, Equatable {
    /// The lexicon pattern's id.
    public var patternID: String
    /// The stage it signals.
    public var stage: GroomingStage
    /// The pattern's weight times the speaker factor.
    public var weight: Double
    /// Start of the span in the original text (characters, 0-based).
    public var start: Int
    /// End of the span (exclusive).
    public var end: Int
    /// The original text of the span.
    public var excerpt: String

    enum CodingKeys: String, CodingKey {
        case patternID = "pattern", stage, weight, start, end, excerpt
    }
}
