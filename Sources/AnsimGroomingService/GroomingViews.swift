import AnsimGrooming
import Foundation

/// What `POST /v1/conversations/{id}/messages` answers.
public struct IngestResult: Codable, Sendable {
    /// The conversation's database id.
    public var conversationID: Int64
    /// The platform and the platform's id.
    public var platform: String
    public var externalID: String
    /// The scores of the messages just stored.
    public var messages: [MessageScore]
    /// The conversation's risk after them.
    public var conversation: ConversationRisk
    /// The live alert, if the risk crossed the threshold (now or before).
    public var alert: AlertSummary?

    enum CodingKeys: String, CodingKey {
        case conversationID = "conversation_id", platform, externalID = "external_id", messages, conversation, alert
    }
}

/// One alert in the queue.
public struct AlertSummary: Codable, Sendable {
    public var id: Int64
    public var conversationID: Int64
    public var platform: String?
    public var externalID: String?
    public var childRef: String?
    public var risk: Double
    public var stages: [String]
    public var status: String
    public var escalation: String?
    public var assignee: String?
    public var createdAt: String
    public var updatedAt: String
    public var dueAt: String?
    public var overdue: Bool
    public var outcome: String?
    /// Set when the alert was created or raised by this request.
    public var raised: Bool?

    enum CodingKeys: String, CodingKey {
        case id, conversationID = "conversation_id", platform, externalID = "external_id", childRef = "child_ref",
            risk, stages, status, escalation, assignee, createdAt = "created_at", updatedAt = "updated_at",
            dueAt = "due_at", overdue, outcome, raised
    }
}

/// One alert with its history, explanation and the flagged messages' text (audited).
public struct AlertDetail: Codable, Sendable {
    /// A transition.
    public struct Event: Codable, Sendable {
        public var from: String?
        public var to: String
        public var escalation: String?
        public var actor: String
        public var at: String
    }
    /// A stored message, decrypted.
    public struct StoredMessage: Codable, Sendable {
        public var seq: Int
        public var at: String
        public var speaker: String
        public var text: String
        public var score: Double
        public var stages: [String]
    }

    public var alert: AlertSummary
    public var explanation: [String]
    public var note: String?
    public var history: [Event]
    public var messages: [StoredMessage]
}
