import AnsimSupport
import Foundation

/// The period a report covers, in Asia/Seoul days: an ISO week (`2023-W14`, Monday to the
/// next Monday) or a calendar month (`2023-04`). `end` is exclusive.
public struct ReportPeriod: Sendable, Hashable, CustomStringConvertible {
    public let kind: ReportKind
    /// First day (inclusive).
    public let start: CivilDate
    /// The day after the last day (exclusive).
    public let end: CivilDate

    /// Asia/Seoul is UTC+9 all year (no daylight saving since 1988).
    public static let seoulOffset = 9 * 3600

    /// Parses `YYYY-Www` (weekly) or `YYYY-MM` (monthly).
    public init(_ text: String, kind: ReportKind) throws {
        let t = text.trimmingCharacters(in: .whitespaces)
        switch kind {
        case .weekly:
            let parts = t.split(separator: "-")
            guard parts.count == 2, parts[0].count == 4, let y = Int(parts[0]),
                parts[1].first == "W" || parts[1].first == "w", let w = Int(parts[1].dropFirst()),
                w >= 1, w <= CivilDate.isoWeeks(in: y)
            else {
                throw AnsimError(
                    "--period \(text): expected an ISO week such as 2023-W14 for a weekly report")
            }
            self.init(kind: .weekly, start: CivilDate.isoWeekStart(year: y, week: w))
        case .monthly:
            guard let first = CivilDate(iso: t + "-01"), t.count == 7 else {
                throw AnsimError("--period \(text): expected a month such as 2023-04 for a monthly report")
            }
            self.init(kind: .monthly, start: first)
        }
    }

    /// The period of `kind` that starts on `start` (a Monday or a first of the month).
    public init(kind: ReportKind, start: CivilDate) {
        self.kind = kind
        self.start = start
        end = kind == .weekly ? start.adding(days: 7) : start.firstOfMonth(adding: 1)
    }

    /// The period of `kind` that contains `day`.
    public static func containing(_ day: CivilDate, kind: ReportKind) -> ReportPeriod {
        switch kind {
        case .weekly: ReportPeriod(kind: kind, start: day.adding(days: 1 - day.isoWeekday))
        case .monthly: ReportPeriod(kind: kind, start: CivilDate(year: day.year, month: day.month, day: 1))
        }
    }

    /// The last period of `kind` that ended at or before `instant` (Asia/Seoul): what a
    /// schedule firing at `instant` reports on.
    public static func lastCompleted(before instant: Date, kind: ReportKind) -> ReportPeriod {
        containing(seoulDay(of: instant), kind: kind).previous
    }

    /// The Asia/Seoul calendar day of an instant.
    public static func seoulDay(of instant: Date) -> CivilDate {
        let seconds = Int((instant.timeIntervalSince1970).rounded(.down)) + seoulOffset
        return CivilDate(daysSinceEpoch: Int((Double(seconds) / 86400).rounded(.down)))
    }

    /// The period before this one.
    public var previous: ReportPeriod {
        kind == .weekly
            ? ReportPeriod(kind: kind, start: start.adding(days: -7))
            : ReportPeriod(kind: kind, start: start.firstOfMonth(adding: -1))
    }

    /// The period after this one (what the forecast covers).
    public var next: ReportPeriod { ReportPeriod(kind: kind, start: end) }

    /// The same period a year earlier: the same ISO week number (the last week when the
    /// earlier year has only 52) or the same month.
    public var sameLastYear: ReportPeriod {
        switch kind {
        case .weekly:
            let (y, w) = start.isoWeek
            return ReportPeriod(
                kind: kind,
                start: CivilDate.isoWeekStart(year: y - 1, week: min(w, CivilDate.isoWeeks(in: y - 1))))
        case .monthly:
            return ReportPeriod(kind: kind, start: start.firstOfMonth(adding: -12))
        }
    }

    /// Days in the period.
    public var days: Int { end.daysSinceEpoch - start.daysSinceEpoch }

    /// `2023-W14` or `2023-04`.
    public var label: String {
        switch kind {
        case .weekly:
            let (y, w) = start.isoWeek
            return "\(y)-W\(w < 10 ? "0" : "")\(w)"
        case .monthly:
            return String(start.description.prefix(7))
        }
    }

    /// The label with its days, e.g. `2023-W14 (2023-04-03 … 2023-04-09)`.
    public var description: String { "\(label) (\(start) … \(end.adding(days: -1)))" }
}
