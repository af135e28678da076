/// One entry of the lexicon: a regular expression that signals a stage.
public struct GroomingPattern: Sendable {
    /// Which normalised view the expression runs on.
    public enum View: String, Sendable {
        /// No spaces (Korean).
        case compact
        /// Words separated by single spaces (English, with `\b`).
        case spaced
    }

    /// Stable id (`ko.image.send_photo`), reported with the evidence.
    public let id: String
    /// The stage it signals.
    public let stage: GroomingStage
    /// Strength of the signal, 0…1.
    public let weight: Double
    /// The view it runs on.
    public let view: View
    /// ICU regular expression over the view.
    public let regex: String
    /// Context that cancels the match when present in the same message (hard negatives:
    /// a photo of food, a parent's pocket money).
    public let unless: String?
    /// Who is expected to say it (age stated → child; age probed → counterpart); nil for either.
    public let expectedSpeaker: GroomingSpeaker?

    /// An entry.
    public init(
        _ id: String, _ stage: GroomingStage, _ weight: Double, _ view: View, _ regex: String,
        unless: String? = nil, speaker: GroomingSpeaker? = nil
    ) {
        self.id = id
        self.stage = stage
        self.weight = weight
        self.view = view
        self.regex = regex
        self.unless = unless
        self.expectedSpeaker = speaker
    }

    /// How much the match counts given who said it: requests and offers made by the
    /// child count 0.4; an age pattern said by the unexpected party counts 0.5.
    public func speakerFactor(_ speaker: GroomingSpeaker) -> Double {
        if let expectedSpeaker {
            return speaker == expectedSpeaker || speaker == .unknown ? 1 : 0.5
        }
        return stage.isCounterpartMove && speaker == .child ? 0.4 : 1
    }
}
