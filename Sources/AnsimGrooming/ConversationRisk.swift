import Foundation

/// A conversation's risk now, with the reasons.
public struct ConversationRisk: Codable, Sendable, Equatable {
    /// One stage's state.
    public struct Stage: Codable, Sendable, Equatable {
        /// The stage.
        public var stage: GroomingStage
        /// Activation after decay, 0…1.
        public var activation: Double
        /// Index of the message where it first appeared.
        public var firstMessage: Int
        /// Pattern ids seen for it (first five).
        public var patterns: [String]

        enum CodingKeys: String, CodingKey {
            case stage, activation, firstMessage = "first_message", patterns
        }
    }

    /// Risk 0…1.
    public var risk: Double
    /// Whether the risk reaches the alert threshold.
    public var alert: Bool
    /// Active stages, in the order they first appeared.
    public var stages: [Stage]
    /// The stages in order of first appearance (the sequence).
    public var sequence: [GroomingStage]
    /// Human-readable reasons, strongest first.
    public var explanation: [String]
    /// Messages scored so far.
    public var messages: Int
    /// Model version.
    public var model: String = Grooming.modelVersion
}
