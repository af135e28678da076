import AnsimGrooming
import AnsimServer
import AnsimStore
import AnsimSupport
import Foundation

extension GroomingStore {
    /// Why a transition was refused.
    public enum TransitionError: Error, Sendable {
        /// The alert is not visible (or does not exist).
        case notFound
        /// The alert is not in a state that may move to the target.
        case invalid(from: String, to: String)
        /// A counsellor acting on an alert claimed by someone else.
        case notAssignee(String?)
    }

    /// Moves alert `id` to `to`, as `actor` (`supervisor` may act on any alert of the
    /// organisation; a counsellor only on unclaimed alerts or their own).
    public func transition(
        _ id: Int64, to: GroomingAlertStatus, actor: String, isSupervisor: Bool, assignee: String? = nil,
        escalation: GroomingEscalation? = nil, note: String? = nil, outcome: String? = nil, now: Date,
        on c: Connection
    ) throws -> AlertSummary {
        guard let row = try c.query(
            "SELECT status, assignee, conversation_id FROM grooming_alert WHERE id = $1 FOR UPDATE", [id],
            purpose: "lock alert \(id)"
        ).first else { throw TransitionError.notFound }
        let from = GroomingAlertStatus(rawValue: row[0] ?? "") ?? .closed
        guard from.next.contains(to) else { throw TransitionError.invalid(from: from.rawValue, to: to.rawValue) }
        let current = row[1]
        if !isSupervisor, to != .claimed, current != actor { throw TransitionError.notAssignee(current) }
        let newAssignee = to == .claimed ? (isSupervisor ? (assignee ?? actor) : actor) : current
        let sealed = try note.map { Data(try cipher.seal($0, context: Self.noteContext(id))) }
        try c.query(
            """
            UPDATE grooming_alert SET status = $2, assignee = $3, escalation = coalesce($4, escalation),
                note_enc = coalesce($5, note_enc), outcome = coalesce($6, outcome), updated_at = $7, due_at = $8,
                closed_at = CASE WHEN $2 = 'closed' THEN $7::timestamptz END
            WHERE id = $1
            """,
            [
                id, to.rawValue, newAssignee, escalation?.rawValue, sealed, outcome, Self.iso(now),
                to.due(from: now).map(Self.iso),
            ], purpose: "alert \(id): \(from.rawValue) → \(to.rawValue)")
        let conversation = try row.decode(Int64.self, at: 2)
        guard let a = try alerts(status: nil, overdueOnly: false, conversation: conversation, now: now, on: c)
            .first(where: { $0.id == id })
        else { throw TransitionError.notFound }
        return a
    }
}
