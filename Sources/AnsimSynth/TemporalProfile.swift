/// When events happen: relative weights by hour of day, day of week and month.
///
/// The intensity of an hour is `month[m] / daysIn(m) × weekday[d] × hour[h]`, so the
/// hour-of-day marginal over whole weeks is exactly `hour` (normalised), the weekday
/// marginal is `weekday`, and each month's share is `month`. See docs/SYNTHETIC.md for
/// the published figures behind each profile.
public struct TemporalProfile: Sendable, Hashable {
    /// 24 weights, hour 0 (00:00–00:59) to 23.
    public var hour: [Double]
    /// 7 weights, Monday to Sunday.
    public var weekday: [Double]
    /// 12 weights, January to December.
    public var month: [Double]

    /// A profile; each array is normalised when sampled.
    public init(hour: [Double], weekday: [Double], month: [Double] = TemporalProfile.flatMonths) {
        precondition(hour.count == 24 && weekday.count == 7 && month.count == 12, "profile sizes")
        self.hour = hour
        self.weekday = weekday
        self.month = month
    }

    /// A profile published in the KNPA's eight 3-hour bands (00–03, 03–06, …, 21–24),
    /// spread evenly over the three hours of each band.
    public init(
        threeHourBands bands: [Double], weekday: [Double], month: [Double] = TemporalProfile.flatMonths
    ) {
        precondition(bands.count == 8, "eight 3-hour bands")
        self.init(hour: (0..<24).map { bands[$0 / 3] / 3 }, weekday: weekday, month: month)
    }

    /// The hour-of-day distribution, normalised to sum to 1.
    public var hourShares: [Double] {
        let total = hour.reduce(0, +)
        return hour.map { $0 / total }
    }

    /// Equal months.
    public static let flatMonths = [Double](repeating: 1, count: 12)
}

/// Samples instants in a period from a ``TemporalProfile``: an hour of the period by
/// its intensity (binary search over the cumulative weights of all its hours), then a
/// uniform second inside that hour.
public struct TimeSampler: Sendable {
    /// The period sampled.
    public let period: Period
    private let hours: Categorical
    private let hourOfDay: Categorical

    /// A sampler for `profile` over `period`.
    public init(_ profile: TemporalProfile, period: Period) {
        self.period = period
        var weights: [Double] = []
        weights.reserveCapacity(period.dayCount * 24)
        for day in period.startDay..<period.endDay {
            let (y, m, _) = LocalTime.civil(fromDays: day)
            let daysInMonth = Double(TimeSampler.daysIn(year: y, month: m))
            let dayWeight =
                profile.month[m - 1] / daysInMonth * profile.weekday[LocalTime.weekday(ofDay: day)]
            for h in 0..<24 { weights.append(dayWeight * profile.hour[h]) }
        }
        hours = Categorical(weights)
        hourOfDay = Categorical(profile.hour)
    }

    /// An instant of the period.
    public func sample(_ rng: inout SynthRandom) -> LocalTime {
        let index = hours.sample(&rng)
        let base = period.start.seconds + Int64(index) * 3600
        return LocalTime(seconds: base + Int64(rng.below(3600)))
    }

    /// An instant on local day `day` at an hour drawn from the hour-of-day profile.
    public func sample(onDay day: Int, _ rng: inout SynthRandom) -> LocalTime {
        let h = hourOfDay.sample(&rng)
        return LocalTime(seconds: Int64(day) * 86_400 + Int64(h) * 3600 + Int64(rng.below(3600)))
    }

    /// Days in a month of the proleptic Gregorian calendar.
    public static func daysIn(year: Int, month: Int) -> Int {
        let next = month == 12 ? (year + 1, 1) : (year, month + 1)
        return LocalTime.daysFromCivil(year: next.0, month: next.1, day: 1)
            - LocalTime.daysFromCivil(year: year, month: month, day: 1)
    }
}
