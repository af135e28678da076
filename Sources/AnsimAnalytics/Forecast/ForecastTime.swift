import AnsimSupport
import Foundation

/// Times and durations of the forecast contract, in days since 1970-01-01T00:00Z.
///
/// Accepted times: an ISO 8601 date `YYYY-MM-DD` (a whole day), or a date-time
/// `YYYY-MM-DDTHH:MM[:SS[.fff]]` (a space may replace the `T`) with an optional `Z` or
/// `±HH:MM` offset; a date-time without an offset is read as UTC (only differences of
/// times matter to a forecast). Durations: a number followed by `d` (days), `h` (hours)
/// or `w` (weeks): `7d`, `14d`, `1d`, `12h`, `1.5d`.
public enum ForecastTime {
    /// The time in days, and whether the text was a date only.
    public static func parse(_ text: String) -> (days: Double, dateOnly: Bool)? {
        let u = Array(text.utf8)
        func num(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= u.count else { return nil }
            var v = 0
            for c in u[from..<(from + count)] {
                guard c >= 48, c <= 57 else { return nil }
                v = v * 10 + Int(c - 48)
            }
            return v
        }
        guard u.count >= 10, let y = num(0, 4), u[4] == 45, let mo = num(5, 2), u[7] == 45,
            let d = num(8, 2), (1...12).contains(mo), (1...daysInMonth(y, mo)).contains(d)
        else { return nil }
        let day = Double(daysFromCivil(y, mo, d))
        if u.count == 10 { return (day, true) }
        guard u[10] == 84 || u[10] == 32, let h = num(11, 2), u.count >= 16, u[13] == 58,
            let mi = num(14, 2), h < 24, mi < 60
        else { return nil }
        var i = 16
        var seconds = 0.0
        if i < u.count, u[i] == 58 {
            var j = i + 1
            while j < u.count, (u[j] >= 48 && u[j] <= 57) || u[j] == 46 { j += 1 }
            guard let s = Double(String(decoding: u[(i + 1)..<j], as: UTF8.self)), s >= 0, s < 61 else {
                return nil
            }
            seconds = s
            i = j
        }
        var offset = 0
        if i < u.count {
            if u[i] == 90, i + 1 == u.count {
                offset = 0
            } else if u[i] == 43 || u[i] == 45, u.count == i + 6, u[i + 3] == 58, let oh = num(i + 1, 2),
                let om = num(i + 4, 2)
            {
                offset = (u[i] == 45 ? -1 : 1) * (oh * 60 + om)
            } else {
                return nil
            }
        }
        let minutes = Double(h * 60 + mi - offset)
        return (day + (minutes * 60 + seconds) / 86_400, false)
    }

    /// A duration such as `7d`, `12h` or `2w`, in days; nil unless positive and finite.
    public static func duration(_ text: String) -> Double? {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard let unit = t.last, let value = Double(t.dropLast()), value.isFinite, value > 0 else {
            return nil
        }
        switch unit {
        case "d": return value
        case "h": return value / 24
        case "w": return value * 7
        default: return nil
        }
    }

    /// `YYYY-MM-DD` for a whole day, else `YYYY-MM-DDTHH:MM:SSZ` (seconds rounded).
    public static func format(_ days: Double) -> String {
        let whole = (days * 86_400).rounded()
        let day = Int((whole / 86_400).rounded(.down))
        let secs = Int(whole) - day * 86_400
        let (y, m, d) = civilFromDays(day)
        func pad(_ v: Int, _ w: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, w - s.count)) + s
        }
        let date = "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
        if secs == 0 { return date }
        return date + "T\(pad(secs / 3600, 2)):\(pad(secs % 3600 / 60, 2)):\(pad(secs % 60, 2))Z"
    }

    /// Days from 1970-01-01 to a proleptic Gregorian date.
    static func daysFromCivil(_ y: Int, _ m: Int, _ d: Int) -> Int { CivilDate.days(year: y, month: m, day: d) }

    /// The date of a day number.
    static func civilFromDays(_ z0: Int) -> (Int, Int, Int) { CivilDate.date(fromDays: z0) }

    static func daysInMonth(_ y: Int, _ m: Int) -> Int {
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    }
}
