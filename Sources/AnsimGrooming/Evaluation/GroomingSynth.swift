import Foundation

/// Seeded generator of labelled synthetic conversations (there is no public labelled
/// Korean grooming corpus; docs/GROOMING.md). The same seed and family give the same set.
public struct GroomingSynth {
    var rng: SplitMix64
    let family: SynthFamily
    var clock = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01T00:00:00Z

    /// A generator of `family` lines seeded with `seed`.
    public init(family: SynthFamily, seed: UInt64) {
        self.family = family
        rng = SplitMix64(seed: seed &* 0x2545_F491_4F6C_DD1D &+ (family == .heldOut ? 1 : 0))
    }

    /// `grooming` grooming and `negatives` benign conversations, shuffled.
    public mutating func conversations(grooming: Int, negatives: Int) -> [SynthConversation] {
        var out: [SynthConversation] = []
        for i in 0..<(grooming + negatives) {
            let language = rng.chance(0.75) ? "ko" : "en"
            let set = SynthTemplateSet.of(family, language: language)
            let id = "syn-\(family.rawValue)-\(String(format: "%04d", i + 1))"
            clock += Double.random(in: 3600...(30 * 86400), using: &rng)
            var c = i < grooming ? groomingConversation(id, set, language) : negative(id, set, language)
            for k in c.lines.indices { c.lines[k].message.conversationID = id }
            out.append(c)
        }
        out.shuffle(using: &rng)
        return out
    }

    mutating func groomingConversation(_ id: String, _ set: SynthTemplateSet, _ language: String)
        -> SynthConversation
    {
        let early = rng.chance(0.15)
        var plan: [GroomingStage] = [.rapport]
        if rng.chance(0.5) { plan.append(.rapport) }
        if rng.chance(0.7) { plan.append(.ageSignal) }
        let odds: [(GroomingStage, Double)] =
            early
            ? [(.secrecy, 0.5)]
            : [(.secrecy, 0.8), (.gifts, 0.7), (.sexual, 0.45), (.imageRequest, 0.75), (.meetRequest, 0.6)]
        for (stage, p) in odds where rng.chance(p) { plan.append(stage) }
        if !early, plan.count < 4 { plan.append(rng.pick([.imageRequest, .meetRequest, .gifts])) }
        if plan.count > 3, rng.chance(0.25) {
            let k = Int.random(in: 1..<(plan.count - 1), using: &rng)
            plan.swapAt(k, k + 1)
        }
        var lines: [SynthConversation.Line] = []
        for stage in plan {
            if rng.chance(0.4) { lines.append(line(nil, rng.chance(0.5) ? .counterpart : .child, rng.pick(set.smallTalk), set)) }
            lines.append(line(stage, .counterpart, rng.pick(set.moves[stage]!), set))
            if stage == .ageSignal {
                lines.append(line(.ageSignal, .child, rng.pick(set.childAge), set))
            } else if rng.chance(0.6) {
                lines.append(line(nil, .child, rng.pick(set.childReplies), set))
            }
        }
        return SynthConversation(
            id: id, grooming: true, kind: early ? "early_grooming" : "grooming", language: language, lines: lines)
    }

    mutating func negative(_ id: String, _ set: SynthTemplateSet, _ language: String) -> SynthConversation {
        let ordinary = rng.chance(0.3)
        var lines: [SynthConversation.Line] = []
        let scenes = ordinary ? 0 : Int.random(in: 1...2, using: &rng)
        for _ in 0..<Int.random(in: 2...5, using: &rng) {
            lines.append(line(nil, rng.chance(0.5) ? .counterpart : .child, rng.pick(set.smallTalk + set.childReplies), set))
        }
        for _ in 0..<scenes {
            for t in rng.pick(set.negativeScenes) { lines.append(line(t.stage, t.speaker, t.text, set)) }
        }
        return SynthConversation(
            id: id, grooming: false, kind: ordinary ? "ordinary" : "hard_negative", language: language, lines: lines)
    }

    mutating func line(_ stage: GroomingStage?, _ speaker: GroomingSpeaker, _ text: String, _ set: SynthTemplateSet)
        -> SynthConversation.Line
    {
        var t = text
        for (slot, values) in [
            ("{gift}", set.gifts), ("{amount}", set.amounts), ("{app}", set.apps), ("{name}", set.names),
            ("{place}", set.places),
        ] where t.contains(slot) {
            t = t.replacingOccurrences(of: slot, with: rng.pick(values))
        }
        clock += rng.chance(0.15) ? Double.random(in: 3600...(36 * 3600), using: &rng) : Double.random(in: 20...1800, using: &rng)
        clock = Date(timeIntervalSince1970: clock.timeIntervalSince1970.rounded())
        let labels = Set([stage].compactMap { $0} + (set.alsoLabels[text] ?? []))
        return .init(
            message: GroomingMessage(conversationID: "", at: clock, speaker: speaker, text: t), label: stage,
            labels: labels)
    }
}
