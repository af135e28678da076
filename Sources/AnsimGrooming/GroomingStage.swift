/// A stage (or signal) of online grooming, after O'Connell (2003) and
/// Lorenzo-Dus et al. (2016).
///
/// `order` is the typical position in a grooming sequence; stages interleave in real
/// conversations, so the order only adds to the risk when it is followed, and is never
/// required.
public enum GroomingStage: String, CaseIterable, Codable, CodingKeyRepresentable, Sendable, Comparable {
    /// Friendship and relationship forming: compliments, "only I understand you".
    case rapport
    /// Risk assessment and exclusivity: "don't tell anyone", "are you alone?".
    case secrecy
    /// Gifts, money, game items or travel costs offered (often in exchange).
    case gifts
    /// Sexual talk or desensitisation ("everyone does it").
    case sexual
    /// Requests for photos, videos or the camera.
    case imageRequest = "image_request"
    /// Requests to meet offline or to move to another app or a private channel.
    case meetRequest = "meet_request"
    /// Age signals: the child's stated age or school grade, or the adult's probing.
    case ageSignal = "age_signal"

    /// Typical position in the sequence (age signals come early, with rapport).
    public var order: Int {
        switch self {
        case .rapport: 0
        case .ageSignal: 0
        case .secrecy: 1
        case .gifts: 2
        case .sexual: 3
        case .imageRequest: 4
        case .meetRequest: 4
        }
    }

    /// How much a fully active stage alone contributes to conversation risk. No
    /// single stage reaches the alert threshold alone: an alert needs a combination.
    public var importance: Double {
        switch self {
        case .rapport: 0.12
        case .ageSignal: 0.15
        case .gifts: 0.3
        case .secrecy: 0.35
        case .sexual: 0.45
        case .imageRequest: 0.42
        case .meetRequest: 0.38
        }
    }

    /// Stages that are requests or offers made *to* the child: when the child says
    /// them, they weigh less (``GroomingSpeaker``).
    public var isCounterpartMove: Bool {
        self != .ageSignal
    }

    /// A short label for explanations.
    public var label: String {
        switch self {
        case .rapport: "rapport/trust"
        case .secrecy: "secrecy/isolation"
        case .gifts: "gifts or money offers"
        case .sexual: "sexual content/desensitisation"
        case .imageRequest: "requests for images"
        case .meetRequest: "requests to meet or move to another app"
        case .ageSignal: "age signals"
        }
    }

    public static func < (a: Self, b: Self) -> Bool {
        (a.order, allCases.firstIndex(of: a)!) < (b.order, allCases.firstIndex(of: b)!)
    }
}
