import Foundation

/// The score of one message.
public struct MessageScore: Codable, Sendable, Equatable {
    /// Position in its conversation (0-based, in arrival order).
    public var index: Int
    /// When it was sent.
    public var at: Date
    /// Who sent it.
    public var speaker: GroomingSpeaker
    /// What matched.
    public var evidence: [GroomingEvidence]
    /// 1 − Π(1 − w) over the strongest evidence of each stage.
    public var score: Double

    /// The strongest evidence weight of each stage present.
    public var stages: [GroomingStage: Double] {
        evidence.reduce(into: [:]) { acc, e in acc[e.stage] = max(acc[e.stage] ?? 0, e.weight) }
    }

    /// The stages present, in stage order.
    public var stageList: [GroomingStage] { stages.keys.sorted() }

    enum CodingKeys: String, CodingKey {
        case index, at, speaker, evidence, score
    }
}
