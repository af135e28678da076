import AnsimGeo
import Foundation

extension PatrolPlanSet {
    /// GPX 1.1 for one car in one shift: the route as a track, the stops (and the box) as
    /// route points in visiting order, named "1 (0:07)" by sequence and arrival.
    public func gpx(shift: Int, car: Int) throws -> String {
        guard let plan = plans.first(where: { $0.shift == shift }),
            let route = plan.routes.first(where: { $0.car == car })
        else { return "" }
        let toWGS84 = try CoordinateTransform(from: CRS(epsg: 5179), to: CRS(epsg: 4326))
        func ll(_ x: Double, _ y: Double) throws -> String {
            let p = try toWGS84.transform(x: x, y: y)
            return String(format: "lat=\"%.7f\" lon=\"%.7f\"", p.y, p.x)
        }
        var s = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        s += "<gpx version=\"1.1\" creator=\"ansim\" xmlns=\"http://www.topografix.com/GPX/1/1\">\n"
        s += "  <metadata><name>\(xml(box)) shift \(shift) car \(car)</name>"
        s +=
            "<desc>patrol run \(runID), forecast run \(forecastRunID)\(synthetic ? ", SYNTHETIC input" : "")</desc>"
        s += "</metadata>\n  <rte><name>\(xml(box)) shift \(shift) car \(car) stops</name>\n"
        s += "    <rtept \(try ll(boxX, boxY))><name>\(xml(box))</name></rtept>\n"
        for stop in route.stops {
            s += "    <rtept \(try ll(stop.candidate.x, stop.candidate.y))>"
            s += "<name>\(stop.sequence) (\(Self.clock(stop.arrival)))</name>"
            s +=
                "<desc>dwell until \(Self.clock(stop.departure)); risk \(String(format: "%.3g", stop.candidate.value))</desc>"
            s += "</rtept>\n"
        }
        s += "    <rtept \(try ll(boxX, boxY))><name>\(xml(box))</name></rtept>\n  </rte>\n"
        s += "  <trk><name>\(xml(box)) shift \(shift) car \(car)</name><trkseg>\n"
        for p in route.path { s += "    <trkpt \(try ll(p.x, p.y))/>\n" }
        s += "  </trkseg></trk>\n</gpx>\n"
        return s
    }

    func xml(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
