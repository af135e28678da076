import Foundation

/// Reads local date-times ("2023-04-01 13:45:00") in an agency's time zone and writes
/// them as ISO 8601 with the zone's offset ("2023-04-01T13:45:00.000+09:00").
///
/// Police exports give local times without an offset; the offset (including any
/// daylight-saving change) is looked up once per local hour and cached, so that a
/// file of half a million calls with four times each does not spend its time in
/// Foundation's calendar code.
final class LocalTimestamps {
    let timezone: TimeZone
    private var offsets: [Int: Int] = [:]

    init(timezone: TimeZone) {
        self.timezone = timezone
    }

    func parse(_ text: String) throws -> String? {
        let t = text.trimmed
        if t.isEmpty { return nil }
        let u = Array(t.utf8)
        func digits(_ from: Int, _ count: Int) -> Int? { CivilTime.digits(u, from, count) }
        // YYYY-MM-DD[ T]HH:MM[:SS[.fff]][offset]; the date may use '.' or '/'.
        guard u.count >= 16, let y = digits(0, 4), let mo = digits(5, 2), let d = digits(8, 2),
            [45, 46, 47].contains(u[4]), u[7] == u[4], u[10] == 32 || u[10] == 84,
            let h = digits(11, 2), u[13] == 58, let mi = digits(14, 2)
        else { return try ValueParser.timestamp(text, timezone: timezone) }
        var i = 16
        var second = 0
        var millis = 0
        if i < u.count, u[i] == 58 {
            guard let s = digits(i + 1, 2) else { throw ValueError("not a date-time: \"\(text)\"") }
            second = s
            i += 3
            if i < u.count, u[i] == 46 {
                i += 1
                var scale = 100
                while i < u.count, u[i] >= 48, u[i] <= 57 {
                    millis += Int(u[i] - 48) * scale
                    scale /= 10
                    i += 1
                }
            }
        }
        guard (1800...2200).contains(y), (1...12).contains(mo), d >= 1, d <= LocalTimestamps.daysIn(y, mo)
        else {
            throw ValueError("not a valid date: \"\(text)\"")
        }
        guard h < 24, mi < 60, second < 61 else { throw ValueError("not a date-time: \"\(text)\"") }
        let offset: Int
        if i < u.count {
            // An explicit offset: keep the general parser's reading.
            return try ValueParser.timestamp(text, timezone: timezone)
        } else {
            offset = offsetSeconds(y, mo, d, h)
        }
        let sign = offset < 0 ? "-" : "+"
        let o = abs(offset)
        return
            "\(pad(y, 4))-\(pad(mo, 2))-\(pad(d, 2))T\(pad(h, 2)):\(pad(mi, 2)):\(pad(second, 2)).\(pad(millis, 3))"
            + "\(sign)\(pad(o / 3600, 2)):\(pad(o % 3600 / 60, 2))"
    }

    static func daysIn(_ y: Int, _ m: Int) -> Int {
        switch m {
        case 2: return (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    /// The zone's offset from UTC at a local hour, cached.
    private func offsetSeconds(_ y: Int, _ m: Int, _ d: Int, _ h: Int) -> Int {
        let key = ((y * 100 + m) * 100 + d) * 100 + h
        if let cached = offsets[key] { return cached }
        // Seconds since 1970 of the local wall-clock hour read as UTC.
        let wall = Double(CivilTime.daysFromCivil(y, m, d) * 86_400 + h * 3600)
        let guess = timezone.secondsFromGMT(for: Date(timeIntervalSince1970: wall))
        let offset = timezone.secondsFromGMT(for: Date(timeIntervalSince1970: wall - Double(guess)))
        offsets[key] = offset
        return offset
    }
}
