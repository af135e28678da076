import Foundation

/// Precision and recall of the transparent model on a seeded synthetic set.
public struct GroomingEvaluation: Codable, Sendable {
    /// The template family scored.
    public var family: String
    /// The seed.
    public var seed: UInt64
    /// Conversations (grooming, benign).
    public var grooming: Int, benign: Int
    /// The alert threshold used.
    public var threshold: Double
    /// Per conversation: alerted (peak risk ≥ threshold) versus labelled grooming.
    public var conversations: BinaryCounts
    /// Per message and stage: the stage has evidence versus the message's label.
    public var stages: [String: BinaryCounts]
    /// Alert rate per conversation kind (grooming, early_grooming, hard_negative, ordinary).
    public var alertRateByKind: [String: Double]
    /// Conversation precision/recall over a sweep of thresholds.
    public var sweep: [Point]
    /// Always true: the numbers are on synthetic text and overstate real-world performance.
    public var synthetic = true

    /// One threshold's conversation measures.
    public struct Point: Codable, Sendable {
        public var threshold: Double, precision: Double, recall: Double, f1: Double
    }

    /// Scores `conversations` (streaming, message by message) at `threshold`.
    public static func run(
        _ conversations: [SynthConversation], family: SynthFamily, seed: UInt64,
        threshold: Double = Grooming.alertThreshold, scorer: GroomingScorer = GroomingScorer()
    ) -> GroomingEvaluation {
        var stageCounts = Dictionary(uniqueKeysWithValues: GroomingStage.allCases.map { ($0, BinaryCounts()) })
        var peaks: [(Double, Bool, String)] = []
        for c in conversations {
            var state = ConversationState()
            for l in c.lines {
                let s = state.ingest(l.message, scorer: scorer)
                let found = Set(s.stages.keys)
                for stage in GroomingStage.allCases {
                    stageCounts[stage]!.add(predicted: found.contains(stage), actual: l.labels.contains(stage))
                }
            }
            peaks.append((state.peakRisk, c.grooming, c.kind))
        }
        func counts(_ t: Double) -> BinaryCounts {
            peaks.reduce(into: BinaryCounts()) { $0.add(predicted: $1.0 >= t, actual: $1.1) }
        }
        var rate: [String: Double] = [:]
        for kind in Set(peaks.map(\.2)) {
            let k = peaks.filter { $0.2 == kind }
            rate[kind] = Double(k.filter { $0.0 >= threshold }.count) / Double(k.count)
        }
        let sweep = stride(from: 0.3, through: 0.8, by: 0.05).map { t -> Point in
            let c = counts(t)
            return Point(threshold: (t * 100).rounded() / 100, precision: c.precision, recall: c.recall, f1: c.f1)
        }
        return GroomingEvaluation(
            family: family.rawValue, seed: seed, grooming: peaks.filter(\.1).count,
            benign: peaks.filter { !$0.1 }.count, threshold: threshold, conversations: counts(threshold),
            stages: Dictionary(uniqueKeysWithValues: stageCounts.map { ($0.key.rawValue, $0.value) }),
            alertRateByKind: rate, sweep: sweep)
    }

    /// Generates `family` with `seed` (250 grooming, 350 benign by default) and scores it.
    public static func run(family: SynthFamily, seed: UInt64, grooming: Int = 250, benign: Int = 350)
        -> GroomingEvaluation
    {
        var synth = GroomingSynth(family: family, seed: seed)
        return run(synth.conversations(grooming: grooming, negatives: benign), family: family, seed: seed)
    }
}
