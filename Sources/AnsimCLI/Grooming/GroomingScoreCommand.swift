import AnsimGrooming
import ArgumentParser
import Foundation

/// `ansim grooming score FILE`: scores conversations from NDJSON or CSV.
struct GroomingScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score the conversations in FILE (NDJSON or CSV: conversation_id, at, speaker, text).",
        discussion: """
            Messages are scored in file order within each conversation (streaming, as the \
            server does). Prints each message's stage evidence and each conversation's risk \
            with its explanation; --json prints one JSON object per conversation instead.
            """)

    @Argument(help: "NDJSON (one {conversation_id, at, speaker, text} a line) or CSV with that header; - for stdin.")
    var file: String
    @Flag(help: "One JSON object per conversation (NDJSON) instead of text.") var json = false
    @Flag(help: "Print every message, not only those with evidence.") var all = false

    func run() throws {
        let data = file == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: file))
        let messages = try GroomingInput.parse(String(decoding: data, as: UTF8.self))
        var order: [String] = []
        var byConversation: [String: [GroomingMessage]] = [:]
        for m in messages {
            if byConversation[m.conversationID] == nil { order.append(m.conversationID) }
            byConversation[m.conversationID, default: []].append(m)
        }
        let scorer = GroomingScorer()
        for id in order {
            var state = ConversationState()
            let scores = byConversation[id]!.map { state.ingest($0, scorer: scorer) }
            let report = GroomingReport(conversationID: id, messages: scores, risk: state.risk, peakRisk: state.peakRisk)
            if json {
                print(try GroomingReport.jsonLine(report))
            } else {
                print(report.text(all: all, texts: byConversation[id]!.map(\.text)))
            }
        }
    }
}
