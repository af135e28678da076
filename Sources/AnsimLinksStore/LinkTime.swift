import AnsimSupport

/// Times in the link exports: ISO 8601 (`2024-01-05T14:03:00+09:00`, `…Z`, a space
/// instead of `T`, seconds optional) or 14 digits `YYYYMMDDHHMMSS` (call-detail
/// records). A time without an offset is Korea Standard Time (UTC+9, no daylight saving).
public enum LinkTime {
    /// Epoch seconds of `text`, or nil when it is not such a time.
    public static func parse(_ text: String) -> Int64? {
        let b = Array(text.utf8)
        func digits(_ from: Int, _ n: Int) -> Int? {
            guard from + n <= b.count else { return nil }
            var v = 0
            for k in from..<(from + n) {
                guard b[k] >= 48, b[k] <= 57 else { return nil }
                v = v * 10 + Int(b[k] - 48)
            }
            return v
        }
        var fields: (y: Int, mo: Int, d: Int, h: Int, mi: Int, s: Int)
        var offset = 9 * 3600
        if b.count == 14, let y = digits(0, 4), let mo = digits(4, 2), let d = digits(6, 2), let h = digits(8, 2),
            let mi = digits(10, 2), let s = digits(12, 2)
        {
            fields = (y, mo, d, h, mi, s)
        } else {
            guard b.count >= 16, let y = digits(0, 4), b[4] == 45, let mo = digits(5, 2), b[7] == 45,
                let d = digits(8, 2), b[10] == 84 || b[10] == 32, let h = digits(11, 2), b[13] == 58,
                let mi = digits(14, 2)
            else { return nil }
            var p = 16
            var s = 0
            if p < b.count, b[p] == 58 {
                guard let v = digits(p + 1, 2) else { return nil }
                s = v
                p += 3
                if p < b.count, b[p] == 46 {  // fractions of a second are dropped
                    p += 1
                    while p < b.count, b[p] >= 48, b[p] <= 57 { p += 1 }
                }
            }
            if p < b.count {
                if b[p] == 90, p + 1 == b.count {
                    offset = 0
                } else if b[p] == 43 || b[p] == 45, let oh = digits(p + 1, 2) {
                    var om = 0
                    if p + 3 < b.count {
                        let q = b[p + 3] == 58 ? p + 4 : p + 3
                        guard let v = digits(q, 2), q + 2 == b.count else { return nil }
                        om = v
                    } else if p + 3 != b.count {
                        return nil
                    }
                    offset = (b[p] == 45 ? -1 : 1) * (oh * 3600 + om * 60)
                } else {
                    return nil
                }
            }
            fields = (y, mo, d, h, mi, s)
        }
        let (y, mo, d, h, mi, s) = fields
        guard (1...12).contains(mo), (1...31).contains(d), h < 24, mi < 60, s < 61 else { return nil }
        let days = CivilDate.days(year: y, month: mo, day: d)
        let back = CivilDate.date(fromDays: days)
        guard back.year == y, back.month == mo, back.day == d else { return nil }  // 2024-02-30
        return Int64(days) * 86_400 + Int64(h * 3600 + mi * 60 + s) - Int64(offset)
    }
}
