import Foundation

extension CronExpression {
    /// The first firing strictly after `instant`, or nil when none falls within 28 years
    /// (`0 0 30 2 *` never fires; 29 February fires at least once in 8 years).
    public func next(after instant: Date, utcOffset: Int = ReportPeriod.seoulOffset) -> Date? {
        // Whole minutes of local wall-clock time; a firing must be > the instant's minute.
        let local = Int((instant.timeIntervalSince1970).rounded(.down)) + utcOffset
        let after = Int((Double(local) / 60).rounded(.down))
        let firstDay = Int((Double(after) / 1440).rounded(.down))
        let hours = hour.values
        let minutes = minute.values
        for dayIndex in firstDay..<(firstDay + 28 * 366) {
            let day = CivilDate(daysSinceEpoch: dayIndex)
            guard matches(day: day) else { continue }
            for h in hours {
                for m in minutes {
                    let minuteIndex = dayIndex * 1440 + h * 60 + m
                    if minuteIndex > after {
                        return Date(timeIntervalSince1970: Double(minuteIndex * 60 - utcOffset))
                    }
                }
            }
        }
        return nil
    }

    /// Every firing in (`from`, `through`], oldest first, at most `limit` of the most recent.
    public func firings(after from: Date, through: Date, limit: Int = 1000) -> [Date] {
        var out: [Date] = []
        var t = from
        while let n = next(after: t), n <= through {
            out.append(n)
            if out.count > limit { out.removeFirst() }
            t = n
        }
        return out
    }
}
