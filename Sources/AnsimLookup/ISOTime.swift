import AnsimSupport
import Foundation

/// Times as ISO 8601 text (UTC, `Z`), and back.
public enum ISOTime {
    /// `2026-11-28T12:00:00Z` (with `.SSS` when the milliseconds are not zero).
    public static func format(_ ms: Int64) -> String {
        // Hand-formatted (String(format:) costs microseconds on Linux; lookups format hundreds).
        let seconds = ms >= 0 ? ms / 1000 : (ms - 999) / 1000
        let millis = Int(ms - seconds * 1000)
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = Int(seconds - days * 86_400)
        let (y, m, d) = civilFromDays(Int(days))
        guard (0...9999).contains(y) else { return slowFormat(ms) }
        return String(unsafeUninitializedCapacity: 24) { buffer in
            var i = 0
            func put(_ v: Int, _ width: Int) {
                var divisor = 1
                for _ in 1..<width { divisor *= 10 }
                var v = v
                while divisor > 0 {
                    buffer[i] = UInt8(48 + (v / divisor) % 10)
                    v %= divisor
                    divisor /= 10
                    i += 1
                }
            }
            func char(_ c: UInt8) {
                buffer[i] = c
                i += 1
            }
            put(y, 4)
            char(45); put(m, 2); char(45); put(d, 2); char(84)
            put(secondOfDay / 3600, 2); char(58); put(secondOfDay / 60 % 60, 2); char(58); put(secondOfDay % 60, 2)
            if millis != 0 {
                char(46)
                put(millis, 3)
            }
            char(90)
            return i
        }
    }

    /// The same text by `String(format:)` (years outside 0000 … 9999).
    static func slowFormat(_ ms: Int64) -> String {
        var seconds = time_t(ms >= 0 ? ms / 1000 : (ms - 999) / 1000)
        let millis = Int(ms - Int64(seconds) * 1000)
        var t = tm()
        gmtime_r(&seconds, &t)
        let base = String(
            format: "%04d-%02d-%02dT%02d:%02d:%02d", Int(t.tm_year) + 1900, Int(t.tm_mon) + 1, Int(t.tm_mday),
            Int(t.tm_hour), Int(t.tm_min), Int(t.tm_sec))
        return millis == 0 ? base + "Z" : base + String(format: ".%03dZ", millis)
    }

    /// The proleptic Gregorian date of a day count since 1970-01-01.
    static func civilFromDays(_ z: Int) -> (year: Int, month: Int, day: Int) { CivilDate.date(fromDays: z) }

    /// Parses ISO 8601 with a zone (`Z` or `+09:00`), with or without fractional seconds:
    /// `2026-11-28T21:30:00+09:00`, `2026-11-28T12:30:00.250Z`. nil for anything else.
    public static func parse(_ text: String) -> Int64? {
        var utf8 = Array(text.utf8)
        if utf8.count >= 11, utf8[10] == UInt8(ascii: " ") { utf8[10] = UInt8(ascii: "T") }
        guard utf8.count >= 20, utf8[4] == 45, utf8[7] == 45, utf8[10] == 84, utf8[13] == 58, utf8[16] == 58
        else { return nil }
        func number(_ from: Int, _ count: Int) -> Int? {
            var v = 0
            for i in from..<(from + count) {
                let d = Int(utf8[i]) - 48
                guard (0...9).contains(d) else { return nil }
                v = v * 10 + d
            }
            return v
        }
        guard let y = number(0, 4), let mo = number(5, 2), let d = number(8, 2), let h = number(11, 2),
            let mi = number(14, 2), let s = number(17, 2), (1...12).contains(mo), (1...31).contains(d), h < 24,
            mi < 60, s < 61
        else { return nil }
        var i = 19
        var millis = 0
        if utf8[i] == 46 {  // fractional seconds
            var scale = 100
            i += 1
            while i < utf8.count, (48...57).contains(utf8[i]) {
                millis += Int(utf8[i] - 48) * scale
                scale /= 10
                i += 1
            }
        }
        guard i < utf8.count else { return nil }
        var offset = 0
        if utf8[i] == 90, i == utf8.count - 1 {
            offset = 0
        } else if utf8[i] == 43 || utf8[i] == 45, utf8.count == i + 6, utf8[i + 3] == 58,
            let oh = number(i + 1, 2), let om = number(i + 4, 2)
        {
            offset = (oh * 60 + om) * (utf8[i] == 43 ? 1 : -1)
        } else {
            return nil
        }
        let days = daysFromCivil(y, mo, d)
        let seconds = Int64(days) * 86_400 + Int64(h * 3600 + mi * 60 + s) - Int64(offset * 60)
        return seconds * 1000 + Int64(millis)
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date.
    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        CivilDate.days(year: year, month: month, day: day)
    }

    /// Now, in ms since 1970.
    public static func now() -> Int64 { Int64((Date().timeIntervalSince1970 * 1000).rounded()) }
}
