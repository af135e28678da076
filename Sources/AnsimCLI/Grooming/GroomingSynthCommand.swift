import AnsimGrooming
import ArgumentParser
import Foundation

/// `ansim grooming synth`: writes a labelled synthetic set as NDJSON.
struct GroomingSynthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synth",
        abstract: "Write seeded, labelled SYNTHETIC conversations as NDJSON (conversation_id, at, speaker, text, label).",
        discussion: "Every line carries \"synthetic\": true and the conversation's and message's labels.")

    @Option(help: "Seed.") var seed: UInt64 = 11
    @Option(help: "Template family: development or held_out.") var family = "held_out"
    @Option(help: "Grooming conversations.") var grooming = 20
    @Option(help: "Benign conversations.") var benign = 30
    @Option(help: "Output file (default: standard output).") var out: String?

    struct Line: Encodable {
        var conversation_id: String, at: String, speaker: String, text: String
        var stage: String?, grooming: Bool, kind: String, synthetic = true
    }

    func run() throws {
        guard let fam = SynthFamily(rawValue: family) else { throw ValidationError("--family is development or held_out") }
        var synth = GroomingSynth(family: fam, seed: seed)
        let f = ISO8601DateFormatter()
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var text = ""
        for c in synth.conversations(grooming: grooming, negatives: benign) {
            for l in c.lines {
                let line = Line(
                    conversation_id: c.id, at: f.string(from: l.message.at), speaker: l.message.speaker.rawValue,
                    text: l.message.text, stage: l.label?.rawValue, grooming: c.grooming, kind: c.kind)
                text += String(decoding: try e.encode(line), as: UTF8.self) + "\n"
            }
        }
        if let out { try text.write(toFile: out, atomically: true, encoding: .utf8) } else { print(text, terminator: "") }
    }
}
