import AnsimGrooming
import Foundation

/// One scored conversation, as the CLI prints it.
struct GroomingReport: Encodable {
    var conversationID: String
    var messages: [MessageScore]
    var risk: ConversationRisk
    var peakRisk: Double

    enum CodingKeys: String, CodingKey { case conversationID = "conversation_id", messages, risk, peakRisk = "peak_risk" }

    static func jsonLine(_ r: GroomingReport) throws -> String {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        e.dateEncodingStrategy = .iso8601
        return String(decoding: try e.encode(r), as: UTF8.self)
    }

    /// The text report: risk, sequence, the messages with evidence, the explanation.
    func text(all: Bool, texts: [String]) -> String {
        var out = "conversation \(conversationID): risk \(String(format: "%.3f", risk.risk))"
        out += risk.alert ? " ALERT" : " (below \(Grooming.alertThreshold))"
        out += ", peak \(String(format: "%.3f", peakRisk)), \(risk.messages) messages\n"
        if !risk.sequence.isEmpty {
            out += "  sequence: \(risk.sequence.map(\.rawValue).joined(separator: " → "))\n"
        }
        let f = ISO8601DateFormatter()
        for m in messages where all || !m.evidence.isEmpty {
            out += "  #\(m.index) \(f.string(from: m.at)) \(m.speaker.rawValue) \(String(format: "%.2f", m.score)): "
            out += "\(texts[m.index])\n"
            for e in m.evidence {
                out += "      \(e.stage.rawValue) \(String(format: "%.2f", e.weight)) \"\(e.excerpt)\" [\(e.patternID)] @\(e.start)..<\(e.end)\n"
            }
        }
        if !risk.explanation.isEmpty {
            out += "  explanation:\n" + risk.explanation.map { "    \($0)\n" }.joined()
        }
        return out
    }
}
