import AnsimGrooming
import AnsimServer
import AnsimStore
import AnsimSupport
import Foundation

extension GroomingStore {
    static let alertColumns = """
        a.id, a.conversation_id, c.platform, c.external_id, c.child_ref, a.risk, array_to_string(a.stages, ','),
        a.status, a.escalation, a.assignee, a.created_at, a.updated_at, a.due_at, a.outcome
        """

    /// The queue: alerts (newest first, overdue first), optionally of one status, only
    /// overdue ones, or of one conversation.
    public func alerts(status: String?, overdueOnly: Bool, conversation: Int64? = nil, now: Date, on c: Connection)
        throws -> [AlertSummary]
    {
        let rows = try c.query(
            """
            SELECT \(Self.alertColumns), to_char(a.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                to_char(a.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                to_char(a.due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), a.due_at < $3::timestamptz
            FROM grooming_alert a JOIN grooming_conversation c ON c.id = a.conversation_id
            WHERE ($1::text IS NULL OR a.status = $1) AND ($2::bigint IS NULL OR a.conversation_id = $2)
              AND (NOT $4 OR a.due_at < $3::timestamptz)
            ORDER BY (a.due_at < $3::timestamptz) DESC, a.risk DESC, a.id DESC LIMIT 500
            """, [status, conversation, Self.iso(now), overdueOnly], purpose: "list grooming alerts")
        return try rows.map { r in
            let stages = try r.decode(String.self, at: 6)
            return AlertSummary(
                id: try r.decode(Int64.self, at: 0), conversationID: try r.decode(Int64.self, at: 1),
                platform: r[2], externalID: r[3], childRef: r[4], risk: try r.decode(Double.self, at: 5),
                stages: stages.isEmpty ? [] : stages.split(separator: ",").map(String.init), status: r[7] ?? "",
                escalation: r[8], assignee: r[9], createdAt: r[14] ?? "", updatedAt: r[15] ?? "", dueAt: r[16],
                overdue: r[17] == "t", outcome: r[13], raised: nil)
        }
    }

    /// One alert with its history and the conversation's flagged messages, decrypted;
    /// the read is audited with `purpose`. Nil when not visible.
    public func show(_ id: Int64, purpose: String, allMessages: Bool, now: Date, on c: Connection) throws -> AlertDetail? {
        guard let row = try c.query(
            "SELECT conversation_id, explanation::text, note_enc FROM grooming_alert WHERE id = $1", [id],
            purpose: "read alert \(id)"
        ).first else { return nil }
        let conversation = try row.decode(Int64.self, at: 0)
        guard let summary = try alerts(status: nil, overdueOnly: false, conversation: conversation, now: now, on: c)
            .first(where: { $0.id == id })
        else { return nil }
        let explanation = try JSONDecoder().decode([String].self, from: Data((try row.decode(String.self, at: 1)).utf8))
        let note = try row.decode(Data?.self, at: 2).map { try cipher.open([UInt8]($0), context: Self.noteContext(id)) }
        let history = try c.query(
            """
            SELECT from_status, to_status, escalation, actor, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
            FROM grooming_alert_event WHERE alert_id = $1 ORDER BY id
            """, [id], purpose: "alert history"
        ).map { AlertDetail.Event(from: $0[0], to: $0[1] ?? "", escalation: $0[2], actor: $0[3] ?? "", at: $0[4] ?? "") }
        let messages = try c.query(
            """
            SELECT seq, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), speaker, text_enc, score,
                array_to_string(stages, ',')
            FROM grooming_message WHERE conversation_id = $1 AND ($2 OR score > 0) ORDER BY seq
            """, [conversation, allMessages], purpose: "read the messages"
        ).map { r -> AlertDetail.StoredMessage in
            let seq = try r.decode(Int.self, at: 0)
            let text = try cipher.open([UInt8](try r.decode(Data.self, at: 3)), context: Self.textContext(conversation, seq))
            let stages = r[5] ?? ""
            return .init(
                seq: seq, at: r[1] ?? "", speaker: r[2] ?? "", text: text, score: try r.decode(Double.self, at: 4),
                stages: stages.isEmpty ? [] : stages.split(separator: ",").map(String.init))
        }
        try Self.audit(
            c, action: "read grooming_message text ×\(messages.count) conversation \(conversation) (alert \(id))",
            subject: summary.childRef, purpose: purpose)
        return AlertDetail(alert: summary, explanation: explanation, note: note, history: history, messages: messages)
    }
}
