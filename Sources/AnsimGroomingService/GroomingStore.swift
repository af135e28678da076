import AnsimGrooming
import AnsimServer
import AnsimStore
import AnsimSupport
import Foundation

/// The grooming tables' operations, each on a connection already inside a request's
/// scope (row-level security decides what exists: another organisation's
/// conversation or alert is simply not found).
public struct GroomingStore: Sendable {
    /// Field encryption of message text and notes.
    public let cipher: FieldCipher
    /// The scorer.
    public let scorer: GroomingScorer
    /// The model's constants.
    public let parameters: GroomingParameters

    /// A store.
    public init(cipher: FieldCipher, scorer: GroomingScorer = GroomingScorer(), parameters: GroomingParameters = .init()) {
        self.cipher = cipher
        self.scorer = scorer
        self.parameters = parameters
    }

    /// Associated data of a message's text: bound to its conversation and position.
    static func textContext(_ conversation: Int64, _ seq: Int) -> String {
        "grooming_message.text:\(conversation):\(seq)"
    }

    /// Associated data of an alert's note.
    static func noteContext(_ alert: Int64) -> String { "grooming_alert.note:\(alert)" }

    static func iso(_ d: Date) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return f.string(from: d)
    }

    static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = .sortedKeys
        e.dateEncodingStrategy = .iso8601
        return e
    }()

    static func json(_ v: some Encodable) throws -> String { String(decoding: try encoder.encode(v), as: UTF8.self) }

    /// Appends an audit record (reads the triggers do not see).
    static func audit(_ c: Connection, action: String, subject: String?, purpose: String) throws {
        try c.query("SELECT ansim_audit_append($1, $2, $3, current_user)", [action, subject, purpose], purpose: "audit")
    }

    /// Where a conversation is created: its platform and refs (random pseudonyms when not given).
    public struct Origin: Sendable {
        public var platform: String
        public var externalID: String
        public var childRef: String?
        public var counterpartRef: String?
        public var synthetic: Bool
        public init(platform: String, externalID: String, childRef: String? = nil, counterpartRef: String? = nil, synthetic: Bool = false) {
            self.platform = platform
            self.externalID = externalID
            self.childRef = childRef
            self.counterpartRef = counterpartRef
            self.synthetic = synthetic
        }
    }

    /// The conversation's id and state, locked for this transaction (created when new).
    func conversation(_ o: Origin, now: Date, on c: Connection) throws -> (Int64, ConversationState, Int) {
        let child = o.childRef ?? "C-" + String(format: "%08X", UInt32.random(in: 0...UInt32.max))
        try c.query(
            """
            INSERT INTO grooming_conversation (org_id, platform, external_id, child_ref, counterpart_ref, model,
                synthetic, created_at, updated_at)
            VALUES (ansim_actor_org(), $1, $2, $3, $4, $5, $6, $7, $7)
            ON CONFLICT (org_id, platform, external_id) DO NOTHING
            """, [o.platform, o.externalID, child, o.counterpartRef, Grooming.modelVersion, o.synthetic, Self.iso(now)],
            purpose: "open a conversation")
        let rows = try c.query(
            "SELECT id, state::text, messages FROM grooming_conversation WHERE org_id = ansim_actor_org() AND platform = $1 AND external_id = $2 FOR UPDATE",
            [o.platform, o.externalID], purpose: "lock the conversation")
        guard rows.count == 1 else { throw AnsimError("conversation \(o.externalID) is not visible") }
        let id = try rows[0].decode(Int64.self, at: 0)
        let text = try rows[0].decode(String.self, at: 1)
        let state = text == "{}" ? ConversationState() : try JSONDecoder().decode(ConversationState.self, from: Data(text.utf8))
        return (id, state, try rows[0].decode(Int.self, at: 2))
    }
}
