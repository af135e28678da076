/// The events a forecast learns from: positions in metres (a projected CRS) and times
/// in days from a fixed origin (``ForecastTime`` uses 1970-01-01T00:00Z).
///
/// `resolution` is how precisely the times are known, in days: 0 for exact times, 1 for
/// dates only (the Portland calls for service). An event written as `t` happened at
/// some moment of [t, t + resolution); its representative time is the middle of that
/// interval, and the observation period ends at the last event's `t + resolution`.
public struct ForecastEvents: Sendable, Equatable {
    public let xs: [Double]
    public let ys: [Double]
    public let ts: [Double]
    public let resolution: Double

    /// Checks that the arrays have one entry per event and hold finite numbers.
    public init(xs: [Double], ys: [Double], ts: [Double], resolution: Double = 0) throws {
        guard xs.count == ys.count, xs.count == ts.count else {
            throw AnalyticsError(
                "events: \(xs.count) x, \(ys.count) y and \(ts.count) t values (must be equal)")
        }
        guard resolution.isFinite, resolution >= 0 else {
            throw AnalyticsError("events: the time resolution must be a finite number ≥ 0")
        }
        for i in xs.indices where !(xs[i].isFinite && ys[i].isFinite && ts[i].isFinite) {
            throw AnalyticsError("events: event \(i + 1) has a non-finite coordinate or time")
        }
        self.xs = xs
        self.ys = ys
        self.ts = ts
        self.resolution = resolution
    }

    private init(unchecked xs: [Double], _ ys: [Double], _ ts: [Double], _ resolution: Double) {
        self.xs = xs
        self.ys = ys
        self.ts = ts
        self.resolution = resolution
    }

    public var count: Int { xs.count }
    public var isEmpty: Bool { xs.isEmpty }

    /// The representative (middle) time of event `i`.
    @inline(__always)
    public func time(_ i: Int) -> Double { ts[i] + resolution / 2 }

    /// The start of the observation period: the earliest `t` (or 0 with no events).
    public var start: Double { ts.min() ?? 0 }

    /// The end of the observation period: the latest `t + resolution` (or 0 with no events).
    public var end: Double { (ts.max() ?? -resolution) + resolution }

    /// The events whose representative time lies in [from, to).
    public func within(_ from: Double, _ to: Double) -> ForecastEvents {
        var x: [Double] = []
        var y: [Double] = []
        var t: [Double] = []
        for i in ts.indices {
            let m = time(i)
            if m >= from, m < to {
                x.append(xs[i])
                y.append(ys[i])
                t.append(ts[i])
            }
        }
        return ForecastEvents(unchecked: x, y, t, resolution)
    }

    /// The events that happened before `origin` (representative time < origin).
    public func before(_ origin: Double) -> ForecastEvents { within(-.infinity, origin) }

    /// The events with the given indices, in that order.
    public func subset(_ indices: [Int]) -> ForecastEvents {
        ForecastEvents(
            unchecked: indices.map { xs[$0] }, indices.map { ys[$0] }, indices.map { ts[$0] }, resolution)
    }
}
