import Foundation

extension ConversationState {
    /// The risk now, with its explanation.
    public var risk: ConversationRisk { risk(parameters: GroomingParameters()) }

    /// The risk now under `p`.
    public func risk(parameters p: GroomingParameters) -> ConversationRisk {
        var reasons: [(Double, String)] = []
        var keep = 1.0
        for (stage, a) in activation where a > 0.01 {
            let c = stage.importance * a
            keep *= 1 - c
            let ids = (patterns[stage] ?? []).joined(separator: ", ")
            reasons.append((c, "\(stage.label) " + String(format: "%.2f", a) + " [\(ids)]"))
        }
        let base = 1 - keep
        let present = activation.filter { $0.value >= p.presentAt }
        let high = GroomingParameters.highStages.filter { present[$0] != nil }
        var bonus = 0.0
        if high.count >= 2 {
            let b = p.combinationStep * Double(high.count - 1)
            bonus += b
            reasons.append((b, "combination of \(high.count) high-risk stages: \(high.map(\.rawValue).joined(separator: ", "))"))
        }
        let seq = sequence(present: present)
        let positions = Set(seq.map(\.order))
        if positions.count >= 3 {
            let consistency = Self.orderConsistency(seq)
            let b = p.progressionBonus * consistency
            bonus += b
            reasons.append(
                (b, "stages progressed \(seq.map(\.rawValue).joined(separator: " → ")) "
                    + "(\(Int((consistency * 100).rounded())) % in the typical order)"))
        }
        if present[.ageSignal] != nil, present[.sexual] != nil || present[.imageRequest] != nil
            || present[.meetRequest] != nil
        {
            bonus += p.ageBonus
            reasons.append((p.ageBonus, "age signal together with sexual talk, image or meet requests"))
        }
        if exchange {
            bonus += p.exchangeBonus
            reasons.append((p.exchangeBonus, "an offer and a request in one message (exchange)"))
        }
        let risk = 1 - (1 - base) * (1 - min(bonus, p.bonusCap))
        let stages = seq.map { s in
            ConversationRisk.Stage(
                stage: s, activation: Self.r2(activation[s] ?? 0), firstMessage: firstSeen[s] ?? 0,
                patterns: patterns[s] ?? [])
        }
        return ConversationRisk(
            risk: Self.r3(risk), alert: risk >= p.threshold, stages: stages, sequence: seq,
            explanation: reasons.sorted { $0.0 > $1.0 }.map { "+" + String(format: "%.2f", $0.0) + " \($0.1)" }, messages: count)
    }

    /// Present stages by first appearance (ties in stage order).
    func sequence(present: [GroomingStage: Double]) -> [GroomingStage] {
        present.keys.sorted { (firstSeen[$0] ?? Int.max, $0) < (firstSeen[$1] ?? Int.max, $1) }
    }

    /// Fraction of pairs (earlier, later) whose typical positions do not go backwards.
    static func orderConsistency(_ seq: [GroomingStage]) -> Double {
        var pairs = 0
        var ok = 0
        for i in seq.indices {
            for j in seq.indices where j > i && seq[i].order != seq[j].order {
                pairs += 1
                if seq[i].order < seq[j].order { ok += 1 }
            }
        }
        return pairs == 0 ? 0 : Double(ok) / Double(pairs)
    }

    static func r2(_ x: Double) -> Double { (x * 100).rounded() / 100 }
    static func r3(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }
}
