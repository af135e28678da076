/// A labelled synthetic conversation.
public struct SynthConversation: Codable, Sendable {
    /// One message with its stage label (nil: no grooming move).
    public struct Line: Codable, Sendable {
        public var message: GroomingMessage
        /// The move the line was written for (nil: none).
        public var label: GroomingStage?
        /// Every move the line makes (the label and any second one, e.g. a meet request
        /// that also offers a meal).
        public var labels: Set<GroomingStage>
    }

    /// Id (`syn-heldout-0001`).
    public var id: String
    /// Whether it is a grooming conversation.
    public var grooming: Bool
    /// `grooming`, `early_grooming`, `hard_negative` or `ordinary`.
    public var kind: String
    /// `ko` or `en`.
    public var language: String
    /// The messages in order.
    public var lines: [Line]
}
