import AnsimSupport

/// A five-field cron schedule (`minute hour day-of-month month day-of-week`) as Vixie cron
/// reads it, evaluated in Asia/Seoul wall-clock time (UTC+9, no daylight saving).
///
/// Day of month and day of week combine as in Vixie cron: when either field starts with
/// `*` a day must match both; when both are restricted a day matching **either** fires
/// (`0 7 1 * MON` runs on the 1st and on every Monday). Macros: `@yearly` (`@annually`),
/// `@monthly`, `@weekly`, `@daily` (`@midnight`), `@hourly`.
public struct CronExpression: Sendable, Hashable, CustomStringConvertible {
    public let minute: CronField
    public let hour: CronField
    public let dayOfMonth: CronField
    public let month: CronField
    public let dayOfWeek: CronField
    /// The text as given.
    public let description: String

    static let monthNames = [
        "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC",
    ]
    static let dayNames = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"]
    static let macros = [
        "@yearly": "0 0 1 1 *", "@annually": "0 0 1 1 *", "@monthly": "0 0 1 * *", "@weekly": "0 0 * * 0",
        "@daily": "0 0 * * *", "@midnight": "0 0 * * *", "@hourly": "0 * * * *",
    ]

    /// Parses a cron expression; throws naming the field that cannot be read.
    public init(_ text: String) throws {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let expanded = Self.macros[trimmed.lowercased()] ?? trimmed
        let fields = expanded.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard fields.count == 5 else {
            throw AnsimError(
                "cron \"\(text)\": expected 5 fields (minute hour day-of-month month day-of-week), found \(fields.count)"
            )
        }
        minute = try CronField(fields[0], range: 0...59, field: "minute")
        hour = try CronField(fields[1], range: 0...23, field: "hour")
        dayOfMonth = try CronField(fields[2], range: 1...31, field: "day of month")
        month = try CronField(fields[3], range: 1...12, names: Self.monthNames, field: "month")
        dayOfWeek = try CronField(fields[4], range: 0...6, names: Self.dayNames, field: "day of week")
        description = trimmed
    }

    /// Whether the schedule fires on `day` (any time of it).
    public func matches(day: CivilDate) -> Bool {
        guard month.contains(day.month) else { return false }
        let dom = dayOfMonth.contains(day.day)
        let dow = dayOfWeek.contains(day.weekday)
        return dayOfMonth.star || dayOfWeek.star ? dom && dow : dom || dow
    }
}
