import Foundation

/// Parses source text into canonical values, tolerating the ways Korean public files
/// write numbers and dates ("9,795,426", " 201962.838 ", "2022.8.1", "20130620").
public enum ValueParser {
    /// An integer; thousands separators and surrounding spaces allowed. nil for blank or "-".
    public static func integer(_ text: String) throws -> Int? {
        let t = cleanNumber(text)
        if t.isEmpty || t == "-" { return nil }
        if let v = Int(t) { return v }
        if let d = Double(t), d.isFinite, d == d.rounded(), abs(d) < 9e15 { return Int(d) }
        throw ValueError("not an integer: \"\(text)\"")
    }

    /// A finite number; thousands separators allowed. nil for blank or "-".
    public static func number(_ text: String) throws -> Double? {
        let t = cleanNumber(text)
        if t.isEmpty || t == "-" { return nil }
        guard let v = Double(t) else { throw ValueError("not a number: \"\(text)\"") }
        guard v.isFinite else { throw ValueError("not a finite number: \"\(text)\"") }
        return v
    }

    static func cleanNumber(_ text: String) -> String {
        var t = text.trimmed
        if t.utf8.contains(44) { t.removeAll { $0 == "," } }
        return t
    }

    /// A calendar date as "YYYY-MM-DD" from "YYYY-MM-DD", "YYYY.M.D", "YYYY/MM/DD",
    /// "YYYYMMDD" or a date-time starting with one of those. nil for blank.
    public static func date(_ text: String) throws -> String? {
        let t = text.trimmed
        if t.isEmpty { return nil }
        let head = t.split(separator: " ", maxSplits: 1).first.map(String.init) ?? t
        var parts = head.split(whereSeparator: { $0 == "-" || $0 == "." || $0 == "/" }).map(String.init)
        if parts.count == 1, head.count == 8, head.allSatisfy(\.isNumber) {
            let s = Array(head)
            parts = [String(s[0..<4]), String(s[4..<6]), String(s[6..<8])]
        }
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else {
            throw ValueError("not a date: \"\(text)\"")
        }
        return try validDate(y, m, d, text)
    }

    /// "YYYY-MM" or "YYYYMM" → the first of that month.
    public static func yearMonth(_ text: String) throws -> String? {
        let t = text.trimmed
        if t.isEmpty { return nil }
        let parts = t.split(whereSeparator: { $0 == "-" || $0 == "." || $0 == "/" })
        if parts.count == 2, let y = Int(parts[0]), let m = Int(parts[1]) {
            return try validDate(y, m, 1, text)
        }
        if t.count == 6, let y = Int(t.prefix(4)), let m = Int(t.suffix(2)) {
            return try validDate(y, m, 1, text)
        }
        throw ValueError("not a year-month: \"\(text)\"")
    }

    static func validDate(_ y: Int, _ m: Int, _ d: Int, _ text: String) throws -> String {
        let days = [
            31, (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30,
            31,
        ]
        guard (1800...2200).contains(y), (1...12).contains(m), d >= 1, d <= days[m - 1] else {
            throw ValueError("not a valid date: \"\(text)\"")
        }
        func pad(_ v: Int, _ w: Int) -> String {
            let t = String(v)
            return t.count >= w ? t : String(repeating: "0", count: w - t.count) + t
        }
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }

    /// A local date-time "YYYY-MM-DD HH:MM[:SS]" in `timezone`, as ISO 8601 with the
    /// zone's offset, e.g. "2023-04-01T13:45:00+09:00". Text with an offset is kept.
    public static func timestamp(_ text: String, timezone: TimeZone) throws -> String? {
        let t = text.trimmed
        if t.isEmpty { return nil }
        let parts = t.split(whereSeparator: { $0 == " " || $0 == "T" }).map(String.init)
        guard parts.count == 2, let day = try date(parts[0]) else {
            throw ValueError("not a date-time: \"\(text)\"")
        }
        var clock = parts[1]
        var offset: String?
        if let i = clock.firstIndex(where: { $0 == "+" || $0 == "Z" })
            ?? clock.dropFirst(1).lastIndex(of: "-")
        {
            offset = String(clock[i...])
            clock = String(clock[..<i])
        }
        let hms = clock.split(separator: ":").map { Double($0) }
        guard (2...3).contains(hms.count), hms.allSatisfy({ $0 != nil }), let h = hms[0], let m = hms[1],
            (0..<24).contains(h), (0..<60).contains(m), (0..<61).contains(hms.count == 3 ? hms[2]! : 0)
        else { throw ValueError("not a date-time: \"\(text)\"") }
        let seconds = hms.count == 3 ? hms[2]! : 0
        if let offset { return "\(day)T\(clock.count == 5 ? clock + ":00" : clock)\(offset)" }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timezone
        let ymd = day.split(separator: "-").map { Int($0)! }
        let comps = DateComponents(year: ymd[0], month: ymd[1], day: ymd[2], hour: Int(h), minute: Int(m))
        guard let local = calendar.date(from: comps) else { throw ValueError("not a date-time: \"\(text)\"") }
        let zoneSeconds = timezone.secondsFromGMT(for: local)
        let sign = zoneSeconds < 0 ? "-" : "+"
        let z = abs(zoneSeconds)
        return String(
            format: "%@T%02d:%02d:%06.3f%@%02d:%02d", day, Int(h), Int(m), seconds, sign, z / 3600,
            z % 3600 / 60)
    }

    /// The instant of a timestamp written by ``timestamp(_:timezone:)``
    /// ("2023-04-01T13:45:00.000+09:00"), as seconds since 1970; nil if it is not one.
    public static func instant(_ text: String) -> Double? {
        let u = Array(text.utf8)
        func num(_ from: Int, _ count: Int) -> Int? { CivilTime.digits(u, from, count) }
        guard u.count >= 25, let y = num(0, 4), let mo = num(5, 2), let d = num(8, 2), let h = num(11, 2),
            let mi = num(14, 2), let sec = Double(String(decoding: u[17..<23], as: UTF8.self)),
            let oh = num(24, 2), let om = num(27, 2)
        else { return nil }
        let days = CivilTime.daysFromCivil(y, mo, d)
        let offset = (u[23] == 45 ? -1 : 1) * (oh * 3600 + om * 60)
        return Double(days * 86_400 + h * 3600 + mi * 60 - offset) + sec
    }

    /// Y/N and its Korean equivalents.
    public static func yesNo(_ text: String) throws -> Bool? {
        switch text.trimmed.lowercased() {
        case "": return nil
        case "y", "yes", "true", "t", "1", "예", "o": return true
        case "n", "no", "false", "f", "0", "아니오", "x": return false
        default: throw ValueError("not yes/no: \"\(text)\"")
        }
    }
}

/// Why one value could not be parsed.
public struct ValueError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
