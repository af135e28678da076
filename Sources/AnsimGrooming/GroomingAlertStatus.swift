import Foundation

/// The counsellors' alert lifecycle: open → claimed → assessed → escalated → closed, or
/// assessed → closed when the assessment finds no need to escalate.
public enum GroomingAlertStatus: String, Codable, Sendable, CaseIterable {
    case open, claimed, assessed, escalated, closed

    /// The states this one may move to.
    public var next: [GroomingAlertStatus] {
        switch self {
        case .open: [.claimed]
        case .claimed: [.assessed]
        case .assessed: [.escalated, .closed]
        case .escalated: [.closed]
        case .closed: []
        }
    }

    /// The service-level time to leave this state, from entering it (nil: closed).
    ///
    /// A 24-hour centre answers a child at risk quickly: claim within 15 minutes,
    /// assess within an hour of claiming, decide (escalate or close) within 4 hours of
    /// the assessment, and close an escalated alert (police report filed, rescue done)
    /// within 72 hours. These are Ansim's defaults, not a published standard
    /// (docs/GROOMING.md).
    public var sla: TimeInterval? {
        switch self {
        case .open: 15 * 60
        case .claimed: 60 * 60
        case .assessed: 4 * 3600
        case .escalated: 72 * 3600
        case .closed: nil
        }
    }

    /// When an alert that entered this state at `entered` is due to leave it.
    public func due(from entered: Date) -> Date? { sla.map { entered.addingTimeInterval($0) } }
}

/// Where an escalated alert went.
public enum GroomingEscalation: String, Codable, Sendable, CaseIterable {
    /// A report to the police (아청법 위반 수사 의뢰).
    case policeReport = "police_report"
    /// Rescue of the child (긴급 구조).
    case rescue
}
