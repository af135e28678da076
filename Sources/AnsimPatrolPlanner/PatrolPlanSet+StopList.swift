import Foundation

extension PatrolPlanSet {
    /// The printable stop list of one shift: per car, the stops in order with arrival and
    /// departure (from the start of the shift), value and location.
    public func stopList(shift: Int, lonLat: (Double, Double) -> (Double, Double)) -> String {
        guard let plan = plans.first(where: { $0.shift == shift }) else { return "" }
        var s = "\(box) — patrol plan, shift \(shift) (run \(runID), forecast run \(forecastRunID))\n"
        s += "\(cars) \(mode == "foot" ? "foot patrol(s)" : "car(s)"), shift \(Self.clock(shiftSeconds)), "
        s += "dwell \(Int(dwellSeconds / 60)) min; value \(String(format: "%.3f", plan.score)) = "
        s += "\(String(format: "%.1f", plan.ratio * 100)) % of the best found\n"
        if synthetic { s += "NOTE: the forecast was built on SYNTHETIC events, not real crime.\n" }
        for route in plan.routes {
            s += "\ncar \(route.car): \(route.stops.count) stops, "
            s += String(
                format: "%.1f km, back at %@\n", route.lengthMetres / 1000, Self.clock(route.durationSeconds))
            s += "  #   arrive  leave   risk     lon        lat\n"
            for stop in route.stops {
                let (lon, lat) = lonLat(stop.candidate.x, stop.candidate.y)
                let times = [stop.arrival, stop.departure].map {
                    Self.clock($0).padding(toLength: 8, withPad: " ", startingAt: 0)
                }
                s += String(format: "  %-3d ", stop.sequence) + times.joined()
                s += String(format: "%-8.3g %.5f  %.5f\n", stop.candidate.value, lon, lat)
            }
            if route.stops.isEmpty { s += "  (no stop fits in the shift)\n" }
        }
        return s
    }
}
