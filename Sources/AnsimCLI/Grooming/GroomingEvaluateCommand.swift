import AnsimGrooming
import ArgumentParser
import Foundation

/// `ansim grooming evaluate`: precision/recall on the seeded synthetic sets.
struct GroomingEvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Measure precision/recall on seeded, labelled synthetic conversations (held-out family).",
        discussion: """
            There is no public labelled Korean grooming corpus; the sets are synthetic \
            (docs/GROOMING.md). The held-out family's lines were written apart from the \
            lexicon and never used to tune it. Synthetic numbers overstate real-world \
            performance: treat them as a regression check, not as a claim about real chats.
            """)

    @Option(help: "Seed of the synthetic sets.") var seed: UInt64 = 11
    @Option(help: "Grooming conversations per set.") var grooming = 250
    @Option(help: "Benign conversations per set (about 70 % hard negatives).") var benign = 350
    @Flag(help: "JSON instead of text.") var json = false
    @Flag(help: "Also train the optional logistic regression on the development set and score the held-out set.")
    var classifier = false

    func run() throws {
        let dev = GroomingEvaluation.run(family: .development, seed: seed, grooming: grooming, benign: benign)
        let test = GroomingEvaluation.run(family: .heldOut, seed: seed, grooming: grooming, benign: benign)
        if json {
            let e = JSONEncoder()
            e.outputFormatting = [.sortedKeys, .prettyPrinted]
            print(String(decoding: try e.encode(["development": dev, "held_out": test]), as: UTF8.self))
            return
        }
        print("SYNTHETIC evaluation (seed \(seed)); numbers on synthetic text overstate real-world performance")
        for r in [dev, test] { print(Self.text(r)) }
        if classifier {
            let (model, c) = GroomingEvaluation.logisticComparison(seed: seed, grooming: grooming, benign: benign)
            print("\n== logistic regression (trained on development, scored on held_out; probability ≥ 0.5)")
            print("conversations  precision \(Self.pct(c.precision))  recall \(Self.pct(c.recall))  F1 \(Self.pct(c.f1))   (tp \(c.tp), fp \(c.fp), fn \(c.fn), tn \(c.tn))")
            print("weights: " + zip(ConversationFeatures.names, model.weights).map { "\($0) \(String(format: "%.2f", $1))" }
                .joined(separator: ", ") + ", bias \(String(format: "%.2f", model.bias))")
        }
    }

    static func pct(_ x: Double) -> String { String(format: "%5.1f%%", x * 100) }

    static func text(_ r: GroomingEvaluation) -> String {
        let c = r.conversations
        var out = "\n== \(r.family): \(r.grooming) grooming, \(r.benign) benign conversations; alert at risk ≥ \(r.threshold)\n"
        out += "conversations  precision \(pct(c.precision))  recall \(pct(c.recall))  F1 \(pct(c.f1))"
        out += "   (tp \(c.tp), fp \(c.fp), fn \(c.fn), tn \(c.tn))\n"
        out += "alert rate by kind: "
            + r.alertRateByKind.keys.sorted().map { "\($0) \(pct(r.alertRateByKind[$0]!))" }.joined(separator: ", ") + "\n"
        out += "per message and stage:\n"
        for s in GroomingStage.allCases {
            let k = r.stages[s.rawValue]!
            out += "  \(s.rawValue.padding(toLength: 14, withPad: " ", startingAt: 0)) precision \(pct(k.precision))  recall \(pct(k.recall))  F1 \(pct(k.f1))   (tp \(k.tp), fp \(k.fp), fn \(k.fn))\n"
        }
        out += "threshold sweep (conversations): "
            + r.sweep.map { "\(String(format: "%.2f", $0.threshold)): P \(pct($0.precision)) R \(pct($0.recall))" }
            .joined(separator: "; ")
        return out
    }
}
