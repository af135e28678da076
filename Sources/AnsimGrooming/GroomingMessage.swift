import Foundation

/// One chat message to score.
public struct GroomingMessage: Codable, Sendable, Equatable {
    /// The conversation it belongs to.
    public var conversationID: String
    /// When it was sent.
    public var at: Date
    /// Who sent it.
    public var speaker: GroomingSpeaker
    /// The text.
    public var text: String

    /// A message.
    public init(conversationID: String, at: Date, speaker: GroomingSpeaker, text: String) {
        self.conversationID = conversationID
        self.at = at
        self.speaker = speaker
        self.text = text
    }

    enum CodingKeys: String, CodingKey {
        case conversationID = "conversation_id", at, speaker, text
    }
}
