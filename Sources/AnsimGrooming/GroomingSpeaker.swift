/// Who wrote a message, when the platform knows.
public enum GroomingSpeaker: String, Codable, Sendable, CaseIterable {
    /// The child the centre protects.
    case child
    /// The other party (the possible groomer).
    case counterpart
    /// Not known.
    case unknown

    /// Parses `child`, `counterpart` (also `adult`, `other`), anything else unknown.
    public init(text: String) {
        switch text.lowercased() {
        case "child", "minor", "victim", "아동": self = .child
        case "counterpart", "adult", "other", "suspect", "상대": self = .counterpart
        default: self = .unknown
        }
    }
}
