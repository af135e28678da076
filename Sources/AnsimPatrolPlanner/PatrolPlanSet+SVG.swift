import Foundation

extension PatrolPlanSet {
    /// A printable map of one shift as SVG (EPSG:5179, north up, a 1 km scale bar): the
    /// roads in grey, the area's outline, the forecast cells shaded by value, each car's
    /// route in its own colour with numbered stops, and the box.
    public func svg(
        shift: Int, roads: [[(x: Double, y: Double)]], outline: [[(x: Double, y: Double)]],
        cells: [(x: Double, y: Double, value: Double)], cell: Double
    ) -> String {
        let plan = plans.first { $0.shift == shift }
        let points = outline.flatMap { $0 } + [(x: boxX, y: boxY)]
        let xmin = (points.map(\.x).min() ?? boxX) - 200
        let xmax = (points.map(\.x).max() ?? boxX) + 200
        let ymin = (points.map(\.y).min() ?? boxY) - 200
        let ymax = (points.map(\.y).max() ?? boxY) + 200
        let width = 1000.0
        let scale = width / max(xmax - xmin, 1)
        let height = (ymax - ymin) * scale + 60
        func px(_ x: Double, _ y: Double) -> String {
            String(format: "%.1f,%.1f", (x - xmin) * scale, (ymax - y) * scale + 40)
        }
        func line(_ pts: [(x: Double, y: Double)]) -> String {
            pts.map { px($0.x, $0.y) }.joined(separator: " ")
        }
        var s = String(
            format: "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" "
                + "font-family=\"sans-serif\" font-size=\"12\">\n", width, height)
        s += "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
        let top = cells.map(\.value).max() ?? 1
        for c in cells where c.value > 0 {
            let o = String(format: "%.2f", 0.6 * c.value / max(top, 1e-300))
            let half = cell / 2
            s +=
                "<polygon points=\"\(line([(c.x - half, c.y - half), (c.x + half, c.y - half), (c.x + half, c.y + half), (c.x - half, c.y + half)]))\" fill=\"#d7301f\" fill-opacity=\"\(o)\"/>\n"
        }
        for r in roads where r.count >= 2 {
            s += "<polyline points=\"\(line(r))\" fill=\"none\" stroke=\"#999\" stroke-width=\"0.8\"/>\n"
        }
        for ring in outline where ring.count >= 3 {
            s +=
                "<polygon points=\"\(line(ring))\" fill=\"none\" stroke=\"#333\" stroke-width=\"2\" stroke-dasharray=\"6,4\"/>\n"
        }
        let colours = ["#1f78b4", "#33a02c", "#6a3d9a", "#ff7f00", "#e31a1c", "#b15928"]
        for route in plan?.routes ?? [] where route.path.count >= 2 {
            let colour = colours[(route.car - 1) % colours.count]
            s +=
                "<polyline points=\"\(line(route.path))\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"3\" stroke-opacity=\"0.8\"/>\n"
            for stop in route.stops {
                let p = px(stop.candidate.x, stop.candidate.y).split(separator: ",")
                s += "<circle cx=\"\(p[0])\" cy=\"\(p[1])\" r=\"9\" fill=\"\(colour)\"/>"
                s +=
                    "<text x=\"\(p[0])\" y=\"\(p[1])\" dy=\"4\" text-anchor=\"middle\" fill=\"white\">\(stop.sequence)</text>\n"
            }
        }
        let b = px(boxX, boxY).split(separator: ",")
        s +=
            "<rect x=\"\(Double(b[0])! - 8)\" y=\"\(Double(b[1])! - 8)\" width=\"16\" height=\"16\" fill=\"black\"/>\n"
        let cars = (plan?.routes ?? []).map { r in
            "car \(r.car): \(r.stops.count) stops, \(String(format: "%.1f", r.lengthMetres / 1000)) km"
        }.joined(separator: "; ")
        s += "<text x=\"10\" y=\"20\" font-size=\"15\">\(xml(box)) — shift \(shift), \(mode), \(cars)"
        s += synthetic ? " — SYNTHETIC input" : ""
        s += "</text>\n"
        s += String(
            format:
                "<line x1=\"10\" y1=\"%.0f\" x2=\"%.1f\" y2=\"%.0f\" stroke=\"black\" stroke-width=\"3\"/>"
                + "<text x=\"10\" y=\"%.0f\">1 km</text>\n", height - 10, 10 + 1000 * scale, height - 10,
            height - 15)
        return s + "</svg>\n"
    }
}
