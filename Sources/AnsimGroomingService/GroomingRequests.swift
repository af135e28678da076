/// Request bodies of the alert routes.
public enum GroomingRequest {
    /// `claim`: supervisors may name the counsellor; counsellors claim for themselves.
    public struct Claim: Codable, Sendable { public var assignee: String? }
    /// `assess`: the counsellor's note (encrypted at rest).
    public struct Assess: Codable, Sendable { public var note: String }
    /// `escalate`: where to (`police_report` or `rescue`) and a note.
    public struct Escalate: Codable, Sendable { public var kind: String; public var note: String? }
    /// `close`: the outcome (e.g. `false_positive`, `reported`, `child_safe`).
    public struct Close: Codable, Sendable { public var outcome: String }
}
