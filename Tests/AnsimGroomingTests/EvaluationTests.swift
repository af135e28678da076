import AnsimGrooming
import Foundation
import Testing

/// The seeded synthetic evaluation (docs/GROOMING.md): numbers the docs report, held as floors.
@Suite struct EvaluationTests {
    @Test func heldOutPrecisionAndRecallAboveTheStatedFloors() {
        let r = GroomingEvaluation.run(family: .heldOut, seed: 11)
        #expect(r.grooming == 250 && r.benign == 350)
        // Measured with seed 11: precision 1.000, recall 0.688 (docs/GROOMING.md).
        #expect(r.conversations.precision >= 0.95)
        #expect(r.conversations.recall >= 0.65)
        #expect(r.alertRateByKind["hard_negative"]! <= 0.02)
        #expect(r.stages["gifts"]!.recall >= 0.9)
        #expect(r.stages["age_signal"]!.recall >= 0.9)
    }

    @Test func generatorIsSeeded() {
        var a = GroomingSynth(family: .heldOut, seed: 5)
        var b = GroomingSynth(family: .heldOut, seed: 5)
        var c = GroomingSynth(family: .heldOut, seed: 6)
        let x = a.conversations(grooming: 5, negatives: 5).flatMap { $0.lines.map(\.message) }
        #expect(x == b.conversations(grooming: 5, negatives: 5).flatMap { $0.lines.map(\.message) })
        #expect(x != c.conversations(grooming: 5, negatives: 5).flatMap { $0.lines.map(\.message) })
    }

    @Test func heldOutLinesDoNotReuseDevelopmentLines() {
        for lang in ["ko", "en"] {
            let dev = SynthTemplateSet.of(.development, language: lang).allLines
            let held = SynthTemplateSet.of(.heldOut, language: lang).allLines
            #expect(dev.isDisjoint(with: held))
        }
    }

    @Test func csvAndNDJSONInput() throws {
        let csv = "conversation_id,at,speaker,text\nc1,2026-01-01T00:00:00Z,counterpart,\"사진, 보내줘\"\n"
        let m = try GroomingInput.parse(csv)
        #expect(m.count == 1 && m[0].text == "사진, 보내줘" && m[0].speaker == .counterpart)
        let bad = "{\"conversation_id\":\"c\",\"at\":\"2026-01-01T00:00:00Z\",\"text\":\"a\"}\nnot json\n"
        let e = #expect(throws: GroomingInputError.self) { try GroomingInput.parse(bad) }
        #expect(e?.description.hasPrefix("line 2") == true)
    }
}
