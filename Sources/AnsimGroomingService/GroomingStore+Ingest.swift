import AnsimGrooming
import AnsimServer
import AnsimStore
import AnsimSupport
import Foundation

extension GroomingStore {
    /// Scores and stores `messages` (in order) in the conversation `origin` names,
    /// updates its risk, and opens or raises its alert when the risk reaches the threshold.
    public func ingest(_ messages: [GroomingMessage], origin: Origin, now: Date, on c: Connection) throws -> IngestResult {
        var (id, state, count) = try conversation(origin, now: now, on: c)
        var scores: [MessageScore] = []
        var rows: [[any PostgresEncodable]] = []
        for (k, m) in messages.enumerated() {
            let s = scorer.score(m, index: count + k)
            state.apply(s, parameters: parameters)
            let evidence = s.evidence.map { e -> GroomingEvidence in
                var e = e
                e.excerpt = ""  // never the text in clear
                return e
            }
            rows.append([
                id, s.index, Self.iso(m.at), m.speaker.rawValue,
                Data(try cipher.seal(m.text, context: Self.textContext(id, s.index))), s.score,
                s.stageList.map(\.rawValue), try Self.json(evidence), Self.iso(now),
            ])
            scores.append(s)
        }
        // One statement per 1000 messages: one audit record each (the trigger is per statement).
        for start in stride(from: 0, to: rows.count, by: 1000) {
            let chunk = rows[start..<min(start + 1000, rows.count)]
            let values = chunk.indices.map { i in
                let b = (i - start) * 9
                return "($\(b + 1), $\(b + 2), $\(b + 3), $\(b + 4), $\(b + 5), $\(b + 6), $\(b + 7), $\(b + 8)::jsonb, $\(b + 9))"
            }
            try c.query(
                "INSERT INTO grooming_message (conversation_id, seq, at, speaker, text_enc, score, stages, evidence, received_at) VALUES "
                    + values.joined(separator: ", "), chunk.flatMap { $0 }, purpose: "store \(chunk.count) messages")
        }
        let risk = state.risk(parameters: parameters)
        try c.query(
            """
            UPDATE grooming_conversation SET state = $2::jsonb, risk = $3, peak_risk = $4, stages = $5, messages = $6,
                model = $7, updated_at = $8 WHERE id = $1
            """,
            [
                id, try Self.json(state), risk.risk, state.peakRisk, risk.sequence.map(\.rawValue),
                count + messages.count, Grooming.modelVersion, Self.iso(now),
            ], purpose: "update the conversation's risk")
        let alert = try raiseAlert(id, risk, now: now, on: c)
        return IngestResult(
            conversationID: id, platform: origin.platform, externalID: origin.externalID, messages: scores,
            conversation: risk, alert: alert)
    }

    /// Opens an alert when `risk` reaches the threshold and none is live; raises a live
    /// one's risk when higher. Returns the live alert, if any.
    func raiseAlert(_ conversation: Int64, _ risk: ConversationRisk, now: Date, on c: Connection) throws -> AlertSummary? {
        let live = try c.query(
            "SELECT id, risk FROM grooming_alert WHERE conversation_id = $1 AND status <> 'closed'", [conversation],
            purpose: "find the live alert")
        let stages = risk.sequence.map(\.rawValue)
        var raised = false
        if let row = live.first {
            let id = try row.decode(Int64.self, at: 0)
            if risk.risk > (try row.decode(Double.self, at: 1)) {
                try c.query(
                    "UPDATE grooming_alert SET risk = $2, stages = $3, explanation = $4::jsonb, updated_at = $5 WHERE id = $1",
                    [id, risk.risk, stages, try Self.json(risk.explanation), Self.iso(now)], purpose: "raise the alert's risk")
                raised = true
            }
        } else if risk.alert {
            try c.query(
                """
                INSERT INTO grooming_alert (conversation_id, org_id, risk, stages, explanation, created_at, updated_at, due_at)
                SELECT id, org_id, $2, $3, $4::jsonb, $5, $5, $6 FROM grooming_conversation WHERE id = $1
                """,
                [
                    conversation, risk.risk, stages, try Self.json(risk.explanation), Self.iso(now),
                    Self.iso(GroomingAlertStatus.open.due(from: now)!),
                ], purpose: "open an alert")
            raised = true
        } else {
            return nil
        }
        var a = try alerts(status: nil, overdueOnly: false, conversation: conversation, now: now, on: c).first
        a?.raised = raised
        return a
    }
}
