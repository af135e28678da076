/// How long a report's period is: an ISO week (Monday to Monday, Asia/Seoul) or a calendar month.
public enum ReportKind: String, Sendable, CaseIterable, Codable {
    case weekly
    case monthly
}
