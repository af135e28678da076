import Foundation

/// `timestamptz`, `timestamp` (read as UTC) and `date` (midnight UTC).
///
/// Sent as ISO 8601 with milliseconds and `Z`; read from PostgreSQL's ISO output
/// (`2023-04-01 12:34:56.789+09`), which Ansim's connections always request.
extension Date: PostgresEncodable, PostgresDecodable {
    public var postgresText: String? {
        let ms = (timeIntervalSince1970 * 1000).rounded()
        let whole = Date(timeIntervalSince1970: (ms / 1000).rounded(.down))
        let millis = Int(ms.truncatingRemainder(dividingBy: 1000) + 1000) % 1000
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "UTC")!
        let d = c.dateComponents([.year, .month, .day, .hour, .minute, .second], from: whole)
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", d.year!, d.month!, d.day!, d.hour!,
            d.minute!, d.second!, millis)
    }

    public init(postgresText bytes: UnsafeBufferPointer<UInt8>?) throws {
        let s = try Self.string(bytes)
        guard let date = PostgresTimestamp.parse(s) else {
            throw DecodingFailure("\"\(s)\" is not an ISO timestamp")
        }
        self = date
    }
}

/// Parses PostgreSQL's ISO timestamp and date output.
enum PostgresTimestamp {
    static func parse(_ text: String) -> Date? {
        let u = Array(text.utf8)
        var i = 0
        func number(_ digits: Int) -> Int? {
            guard i + digits <= u.count else { return nil }
            var v = 0
            for k in 0..<digits {
                let c = u[i + k]
                guard c >= 48, c <= 57 else { return nil }
                v = v * 10 + Int(c - 48)
            }
            i += digits
            return v
        }
        func expect(_ c: UInt8) -> Bool {
            guard i < u.count, u[i] == c else { return false }
            i += 1
            return true
        }
        guard let year = number(4), expect(45), let month = number(2), expect(45),
            let day = number(2)
        else { return nil }
        var hour = 0, minute = 0, second = 0
        var fraction = 0.0
        var offset = 0
        if i < u.count, u[i] == 32 || u[i] == 84 {  // ' ' or 'T'
            i += 1
            guard let h = number(2), expect(58), let m = number(2), expect(58), let s = number(2)
            else { return nil }
            (hour, minute, second) = (h, m, s)
            if i < u.count, u[i] == 46 {  // '.'
                i += 1
                var scale = 0.1
                while i < u.count, u[i] >= 48, u[i] <= 57 {
                    fraction += Double(u[i] - 48) * scale
                    scale /= 10
                    i += 1
                }
            }
            if i < u.count, u[i] == 43 || u[i] == 45 {  // '+' or '-'
                let sign = u[i] == 45 ? -1 : 1
                i += 1
                guard let oh = number(2) else { return nil }
                var om = 0, os = 0
                if expect(58) { om = number(2) ?? 0 }
                if expect(58) { os = number(2) ?? 0 }
                offset = sign * (oh * 3600 + om * 60 + os)
            } else if i < u.count, u[i] == 90 {  // 'Z'
                i += 1
            }
        }
        guard i == u.count else { return nil }
        var c = DateComponents()
        (c.year, c.month, c.day, c.hour, c.minute, c.second) = (year, month, day, hour, minute, second)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let base = calendar.date(from: c) else { return nil }
        return base.addingTimeInterval(fraction - Double(offset))
    }
}
