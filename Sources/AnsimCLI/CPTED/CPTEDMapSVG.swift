import Foundation

/// A plain SVG map in EPSG:5179 metres (north up): shaded squares (cells or demand
/// points), small dots (existing cameras) and numbered sites with their coverage circle.
struct CPTEDMapSVG {
    struct Square {
        let x: Double
        let y: Double
        let size: Double
        /// 0…1 shade; nil draws the square pale grey (covered / no risk).
        let shade: Double?
    }

    var title: String
    var squares: [Square] = []
    var dots: [(x: Double, y: Double)] = []
    var sites: [(x: Double, y: Double, label: String)] = []
    var radius: Double = 0

    func render(width: Double = 900) -> String {
        let xs = squares.map(\.x) + sites.map(\.x)
        let ys = squares.map(\.y) + sites.map(\.y)
        guard let minX = xs.min(), let maxX = xs.max(), let minY = ys.min(), let maxY = ys.max() else {
            return "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"
        }
        let pad = 100.0
        let scale = width / max(maxX - minX + 2 * pad, 1)
        let height = (maxY - minY + 2 * pad) * scale + 30
        func px(_ x: Double) -> Double { (x - minX + pad) * scale }
        func py(_ y: Double) -> Double { (maxY - y + pad) * scale + 30 }
        var out = String(
            format: "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" font-family=\"sans-serif\">\n",
            width, height)
        out += "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
        out += "<text x=\"8\" y=\"20\" font-size=\"14\">\(escape(title))</text>\n"
        for s in squares {
            let fill: String
            if let v = s.shade {
                let t = min(max(v, 0), 1)
                fill = String(format: "rgb(%d,%d,%d)", Int(255 - 155 * t), Int(245 - 225 * t), Int(255 - 115 * t))
            } else {
                fill = "rgb(225,225,225)"
            }
            let side = s.size * scale
            out += String(
                format: "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%@\"/>\n",
                px(s.x - s.size / 2), py(s.y + s.size / 2), side, side, fill)
        }
        for d in dots { out += String(format: "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"1.2\" fill=\"#333\"/>\n", px(d.x), py(d.y)) }
        for s in sites {
            out += String(
                format: "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"none\" stroke=\"red\" stroke-width=\"1.5\"/>\n",
                px(s.x), py(s.y), max(radius * scale, 3))
            out += String(
                format: "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" fill=\"red\">%@</text>\n", px(s.x) + 4, py(s.y) - 4,
                escape(s.label))
        }
        return out + "</svg>\n"
    }

    func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    }
}
