/// The lines of one language in one family.
public struct SynthTemplateSet: Sendable {
    /// The counterpart's lines per grooming stage (age: the probing questions).
    let moves: [GroomingStage: [String]]
    /// The child's statements of age or grade.
    let childAge: [String]
    /// The child's neutral replies.
    let childReplies: [String]
    /// Small talk either side may say.
    let smallTalk: [String]
    /// Benign conversations, some written to look like grooming moves (hard negatives).
    let negativeScenes: [[SynthTemplate]]
    /// Lines that make a second move besides the one they are listed under.
    var alsoLabels: [String: [GroomingStage]] = [:]
    /// Slot values.
    let gifts: [String], amounts: [String], apps: [String], names: [String], places: [String]

    /// Lines of any set that make two moves: labelled with both.
    static let secondMoves: [String: [GroomingStage]] = [
        "잠옷 입은 사진도 궁금한데": [.sexual],
        "이번 주말에 직접 만나볼래? 맛있는 거 사줄게": [.gifts],
        "다음에 {gift} 선물로 보내줄게 주소만 알려줘": [.meetRequest],
        "if you send one i'll get you {gift}": [.imageRequest],
    ]

    /// The set of `language` (`ko`, `en`) in `family`.
    public static func of(_ family: SynthFamily, language: String) -> SynthTemplateSet {
        var set: SynthTemplateSet
        switch (family, language) {
        case (.development, "en"): set = developmentEnglish
        case (.heldOut, "en"): set = heldOutEnglish
        case (.heldOut, _): set = heldOutKorean
        default: set = developmentKorean
        }
        set.alsoLabels = secondMoves
        return set
    }
}

extension SynthTemplateSet {
    /// Every line of the set (moves, age statements, replies, small talk, scenes).
    public var allLines: Set<String> {
        Set(moves.values.flatMap { $0 } + childAge + childReplies + smallTalk + negativeScenes.flatMap { $0.map(\.text) })
    }
}
