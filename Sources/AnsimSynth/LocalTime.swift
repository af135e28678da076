import AnsimSupport
/// A wall-clock time in Asia/Seoul, as seconds since 1970-01-01 00:00:00 *local*.
///
/// Korea Standard Time is UTC+09:00 with no daylight saving since 1988, so local
/// civil time is a plain count of seconds and calendar arithmetic needs no time-zone
/// database. Dates are converted with Howard Hinnant's `days_from_civil` and
/// `civil_from_days` algorithms (proleptic Gregorian), which are exact integer code.
public struct LocalTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Seconds since 1970-01-01 00:00:00 local time.
    public var seconds: Int64

    /// A time from seconds since the local epoch.
    public init(seconds: Int64) { self.seconds = seconds }

    /// A time from its civil components (month 1–12, day 1–31).
    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        let days = LocalTime.daysFromCivil(year: year, month: month, day: day)
        seconds = Int64(days) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
    }

    /// Days since 1970-01-01 (the local calendar day this time falls on).
    public var day: Int { Int(seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400) }

    /// Hour of the day, 0–23.
    public var hour: Int { Int((seconds - Int64(day) * 86_400) / 3600) }

    /// Day of the week, 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday).
    public var weekday: Int { LocalTime.weekday(ofDay: day) }

    /// `yyyy-MM-dd HH:mm:ss`, the form Korean police exports use.
    public var description: String {
        let (y, m, d) = LocalTime.civil(fromDays: day)
        let rest = Int(seconds - Int64(day) * 86_400)
        return
            "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2)) \(pad(rest / 3600, 2)):\(pad(rest / 60 % 60, 2)):\(pad(rest % 60, 2))"
    }

    public static func < (a: LocalTime, b: LocalTime) -> Bool { a.seconds < b.seconds }

    /// This time moved by `seconds`.
    public func adding(seconds s: Int64) -> LocalTime { LocalTime(seconds: seconds + s) }

    /// 0 = Monday … 6 = Sunday for a day count since 1970-01-01.
    public static func weekday(ofDay day: Int) -> Int { ((day % 7) + 7 + 3) % 7 }

    /// Days since 1970-01-01 of a civil date.
    public static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        CivilDate.days(year: year, month: month, day: day)
    }

    /// The civil date (year, month 1–12, day 1–31) of a day count since 1970-01-01.
    public static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        CivilDate.date(fromDays: days)
    }
}

/// Zero-padded decimal.
@inline(__always)
func pad(_ value: Int, _ width: Int) -> String {
    let s = String(value)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}

/// A half-open span of whole local days, [start, end).
public struct Period: Hashable, Sendable, CustomStringConvertible {
    /// First day (days since 1970-01-01, local).
    public let startDay: Int
    /// The day after the last day.
    public let endDay: Int

    /// The days from `start` up to but not including `end` (civil dates).
    public init(start: (year: Int, month: Int, day: Int), end: (year: Int, month: Int, day: Int)) {
        startDay = LocalTime.daysFromCivil(year: start.year, month: start.month, day: start.day)
        endDay = LocalTime.daysFromCivil(year: end.year, month: end.month, day: end.day)
        precondition(endDay > startDay, "a period needs at least one day")
    }

    /// A calendar year, 1 January to 31 December.
    public static func year(_ year: Int) -> Period {
        Period(start: (year, 1, 1), end: (year + 1, 1, 1))
    }

    /// Number of days.
    public var dayCount: Int { endDay - startDay }
    /// The first instant.
    public var start: LocalTime { LocalTime(seconds: Int64(startDay) * 86_400) }
    /// The first instant after the period.
    public var end: LocalTime { LocalTime(seconds: Int64(endDay) * 86_400) }
    /// The civil year of the first day (used in record numbers).
    public var startYear: Int { LocalTime.civil(fromDays: startDay).year }

    /// True when `time` lies inside the period.
    public func contains(_ time: LocalTime) -> Bool { time >= start && time < end }

    /// "2023-01-01/2023-12-31" (ISO 8601 interval of dates, both inclusive).
    public var description: String {
        let a = LocalTime.civil(fromDays: startDay)
        let b = LocalTime.civil(fromDays: endDay - 1)
        return
            "\(pad(a.year, 4))-\(pad(a.month, 2))-\(pad(a.day, 2))/\(pad(b.year, 4))-\(pad(b.month, 2))-\(pad(b.day, 2))"
    }
}
