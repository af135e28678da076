/// Small SVG bar charts for reports: grouped bars (one group per category, one bar per
/// series), with axis, values and a legend. Korean labels use the CJK font.
public struct SVGChart: Sendable {
    public struct Series: Sendable {
        public var name: String
        public var colour: String
        public var values: [Double]
        public init(_ name: String, _ colour: String, _ values: [Double]) {
            (self.name, self.colour, self.values) = (name, colour, values)
        }
    }

    public var title: String
    public var categories: [String]
    public var series: [Series]
    /// Optional per-category reference marks (e.g. response targets), drawn as dashes.
    public var marks: [Double?] = []
    public var unit = ""
    public var width = 720.0
    public var height = 240.0

    public init(title: String, categories: [String], series: [Series]) {
        (self.title, self.categories, self.series) = (title, categories, series)
    }

    /// The SVG document.
    public func render() -> String {
        let n = { (v: Double) in SVGEscape.number(v, digits: 1) }
        let left = 48.0, right = 12.0, top = 34.0, bottom = 40.0
        let plotW = width - left - right, plotH = height - top - bottom
        let peak = max(1, (series.flatMap(\.values) + marks.compactMap { $0 }).max() ?? 1)
        let yMax = Self.niceCeiling(peak)
        var out = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(n(width))" height="\(n(height))" \
            viewBox="0 0 \(n(width)) \(n(height))" font-family="'Noto Sans CJK KR', 'Noto Sans KR', sans-serif" \
            font-size="11"><title>\(SVGEscape.text(title))</title>
            <rect width="\(n(width))" height="\(n(height))" fill="#ffffff"/>
            <text x="\(n(left))" y="16" font-size="13" font-weight="bold">\(SVGEscape.text(title))</text>

            """
        for k in 0...4 {
            let v = yMax * Double(k) / 4, y = top + plotH - plotH * Double(k) / 4
            out +=
                "<line x1=\"\(n(left))\" x2=\"\(n(left + plotW))\" y1=\"\(n(y))\" y2=\"\(n(y))\" stroke=\"#e0e0e0\"/>"
            out +=
                "<text x=\"\(n(left - 4))\" y=\"\(n(y + 4))\" text-anchor=\"end\">\(SVGEscape.number(v))</text>\n"
        }
        let groupW = plotW / Double(max(1, categories.count))
        let barW = groupW * 0.8 / Double(max(1, series.count))
        for (i, category) in categories.enumerated() {
            let gx = left + Double(i) * groupW + groupW * 0.1
            for (j, s) in series.enumerated() {
                let v = i < s.values.count ? s.values[i] : 0
                let h = plotH * v / yMax, x = gx + Double(j) * barW
                out += "<rect x=\"\(n(x))\" y=\"\(n(top + plotH - h))\" width=\"\(n(max(1, barW - 1)))\" "
                out += "height=\"\(n(h))\" fill=\"\(s.colour)\"><title>\(SVGEscape.text(s.name)) "
                out += "\(SVGEscape.text(category)): \(SVGEscape.number(v))\(unit)</title></rect>\n"
            }
            if i < marks.count, let m = marks[i] {
                let y = top + plotH - plotH * min(m, yMax) / yMax
                out +=
                    "<line x1=\"\(n(gx - 2))\" x2=\"\(n(gx + groupW * 0.8 + 2))\" y1=\"\(n(y))\" y2=\"\(n(y))\" "
                out += "stroke=\"#d32f2f\" stroke-width=\"2\" stroke-dasharray=\"4 2\"/>\n"
            }
            if categories.count <= 16 || i % max(1, categories.count / 10) == 0 {
                out +=
                    "<text x=\"\(n(gx + groupW * 0.4))\" y=\"\(n(top + plotH + 14))\" text-anchor=\"middle\">"
                out += "\(SVGEscape.text(category))</text>\n"
            }
        }
        var lx = left
        for s in series {
            out +=
                "<rect x=\"\(n(lx))\" y=\"\(n(height - 14))\" width=\"10\" height=\"10\" fill=\"\(s.colour)\"/>"
            out += "<text x=\"\(n(lx + 14))\" y=\"\(n(height - 5))\">\(SVGEscape.text(s.name))</text>\n"
            lx += 24 + Double(s.name.count) * 11
        }
        if marks.contains(where: { $0 != nil }) {
            out +=
                "<line x1=\"\(n(lx))\" x2=\"\(n(lx + 14))\" y1=\"\(n(height - 9))\" y2=\"\(n(height - 9))\" "
            out += "stroke=\"#d32f2f\" stroke-width=\"2\" stroke-dasharray=\"4 2\"/>"
            out += "<text x=\"\(n(lx + 18))\" y=\"\(n(height - 5))\">목표</text>\n"
        }
        return out + "</svg>\n"
    }

    /// The smallest 1, 2 or 5 × 10ⁿ at or above `v`.
    static func niceCeiling(_ v: Double) -> Double {
        var p = 1.0
        while p * 10 <= v { p *= 10 }
        for m in [1.0, 2, 5, 10] where m * p >= v { return m * p }
        return 10 * p
    }
}
