/// Small pieces of date arithmetic shared by the timestamp readers.
enum CivilTime {
    /// The number written by `count` ASCII digits of `bytes` at `from`, or nil.
    static func digits(_ bytes: [UInt8], _ from: Int, _ count: Int) -> Int? {
        guard from >= 0, from + count <= bytes.count else { return nil }
        var v = 0
        for c in bytes[from..<(from + count)] {
            guard c >= 48, c <= 57 else { return nil }
            v = v * 10 + Int(c - 48)
        }
        return v
    }

    /// Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's
    /// `days_from_civil`, http://howardhinnant.github.io/date_algorithms.html).
    static func daysFromCivil(_ y: Int, _ m: Int, _ d: Int) -> Int {
        let yy = m <= 2 ? y - 1 : y
        let era = (yy >= 0 ? yy : yy - 399) / 400
        let yoe = yy - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        return era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468
    }
}
