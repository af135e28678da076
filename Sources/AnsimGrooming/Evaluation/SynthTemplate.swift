/// One line a synthetic conversation can use, with its label.
///
/// `stage` is the grooming move the line makes (nil for small talk and for hard
/// negatives that only look like a move: a photo of food, a parent's pocket money, a
/// friend's meet-up after class). Age statements and questions are labelled
/// ``GroomingStage/ageSignal`` wherever they occur, since they are signals either way.
/// Slots: `{gift}`, `{amount}`, `{app}`, `{name}`, `{place}`.
public struct SynthTemplate: Sendable {
    /// The move, if any.
    public let stage: GroomingStage?
    /// Who says it.
    public let speaker: GroomingSpeaker
    /// The text with slots.
    public let text: String

    init(_ stage: GroomingStage?, _ speaker: GroomingSpeaker, _ text: String) {
        self.stage = stage
        self.speaker = speaker
        self.text = text
    }
}

/// Template families: `development` is what the lexicon weights and threshold were
/// looked at against; `heldOut` was written separately and only scored.
public enum SynthFamily: String, Sendable, CaseIterable {
    case development, heldOut = "held_out"
}
