/// Repeat victimisation of places: places (addresses, cells) victimised again within N days,
/// the repeat rate and the time-to-repeat curve (Farrell & Pease 1993, *Once Bitten, Twice
/// Bitten: Repeat Victimisation and its Implications for Crime Prevention*, Home Office Crime
/// Prevention Unit paper 46; Polvi, Looman, Humphries & Pease 1991, "The time course of
/// repeat burglary victimization", British Journal of Criminology 31(4)). Near repeats —
/// nearby places soon after — are the Knox test and Ratcliffe's table (``Knox``, ``NearRepeat``).
///
/// With each place's events in time order, a **repeat** is an event that follows an earlier
/// event at the same place by at most `days` (gap ≥ 0; events at the same time count). Then:
///
/// - the **repeat rate**: repeat places / victimised places, a repeat place being one with
///   at least one repeat;
/// - the **repeat share of events**: repeats / events;
/// - the **time-to-repeat curve**: the gaps of the repeats (each to the previous event at its
///   place) in bands of `band` days, [0, band], (band, 2·band], … up to `days`, with their
///   count and the cumulative share of all repeats — Polvi et al.'s curve, most repeats coming
///   soon after the first event.
public enum RepeatVictimisation {
    public struct Band: Sendable, Equatable {
        public var from: Double
        public var to: Double
        public var repeats: Int
        public var cumulativeShare: Double
    }

    public struct Result: Sendable, Equatable {
        public var events: Int
        public var places: Int
        public var repeatPlaces: Int
        public var repeats: Int
        public var repeatRate: Double
        public var repeatShareOfEvents: Double
        public var curve: [Band]
    }

    /// `places[i]` is the place of event i (any integer key), `times[i]` its time in days.
    public static func analyze(
        places: [Int], times: [Double], days: Double, band: Double
    ) throws(AnalyticsError) -> Result {
        precondition(places.count == times.count, "one place per time")
        guard !times.isEmpty else { throw AnalyticsError("no events") }
        guard days.isFinite, days > 0, band.isFinite, band > 0 else {
            throw AnalyticsError("the window (\(days) days) and the band (\(band) days) must be positive")
        }
        if let i = times.firstIndex(where: { !$0.isFinite }) {
            throw AnalyticsError("event \(i + 1): time \(times[i]) is not a finite number")
        }
        let order = times.indices.sorted { (places[$0], times[$0]) < (places[$1], times[$1]) }
        var gaps: [Double] = []
        var repeatPlaces = 0
        var placeCount = 0
        var k = 0
        while k < order.count {
            var end = k + 1
            while end < order.count && places[order[end]] == places[order[k]] { end += 1 }
            placeCount += 1
            var repeated = false
            for j in (k + 1)..<max(end, k + 1) {
                let gap = times[order[j]] - times[order[j - 1]]
                if gap <= days {
                    gaps.append(gap)
                    repeated = true
                }
            }
            if repeated { repeatPlaces += 1 }
            k = end
        }
        let bandCount = Int((days / band).rounded(.up))
        var counts = [Int](repeating: 0, count: bandCount)
        for g in gaps {
            let b = g <= band ? 0 : min(bandCount - 1, Int((g / band).rounded(.up)) - 1)
            counts[b] += 1
        }
        var running = 0
        let curve = counts.enumerated().map { b, c in
            running += c
            return Band(
                from: Double(b) * band, to: min(days, Double(b + 1) * band), repeats: c,
                cumulativeShare: gaps.isEmpty ? 0 : Double(running) / Double(gaps.count))
        }
        return Result(
            events: times.count, places: placeCount, repeatPlaces: repeatPlaces, repeats: gaps.count,
            repeatRate: Double(repeatPlaces) / Double(placeCount),
            repeatShareOfEvents: Double(gaps.count) / Double(times.count), curve: curve)
    }
}
