import AnsimGeo

/// Colours, legend and scale bar of a ``ReportMap``.
enum MapStyle {
    static let hotspotClasses: [(cls: String, fill: String, label: String)] = [
        ("hot-99", "#b2182b", "Gi* 핫스팟 99%"), ("hot-95", "#ef8a62", "핫스팟 95%"),
        ("hot-90", "#fddbc7", "핫스팟 90%"),
        ("cold-90", "#d1e5f0", "콜드스팟 90%"), ("cold-95", "#67a9cf", "콜드스팟 95%"),
        ("cold-99", "#2166ac", "콜드스팟 99%"),
    ]
    static let forecastClasses: [(cls: String, fill: String, label: String)] = [
        ("top-5", "#c2a5cf", "예측 위험 상위 5%"), ("top-1", "#762a83", "예측 위험 상위 1%"),
    ]

    static func legend(_ overlay: ReportMap.Overlay, box: Envelope, scale: Double) -> String {
        var items: [(String, String, Bool)] = []  // label, colour, dot
        switch overlay {
        case .hotspots:
            items = hotspotClasses.prefix(3).map { ($0.label, $0.fill, false) }
            items += [("CCTV (핫스팟 50 m 이내)", "#00897b", true), ("해당 기간 사건", "#222222", true)]
        case .forecast:
            items = forecastClasses.reversed().map { ($0.label, $0.fill, false) }
            items += [("순찰 경로", "#ff6f00", false)]
        }
        items.append(("지구대·파출소", "#1f3a93", false))
        let n = { (v: Double) in SVGEscape.number(v, digits: 0) }
        let x0 = box.minX + 10 * scale
        var y = -box.minY - (Double(items.count) * 16 + 10) * scale
        var out = "<g id=\"legend\" font-size=\"\(n(11 * scale))\">\n"
        out += "<rect x=\"\(n(x0 - 4 * scale))\" y=\"\(n(y - 6 * scale))\" width=\"\(n(170 * scale))\" "
        out +=
            "height=\"\(n((Double(items.count) * 16 + 8) * scale))\" fill=\"#ffffff\" fill-opacity=\"0.85\"/>\n"
        for (label, colour, dot) in items {
            if dot {
                out +=
                    "<circle cx=\"\(n(x0 + 5 * scale))\" cy=\"\(n(y + 5 * scale))\" r=\"\(n(3 * scale))\" fill=\"\(colour)\"/>\n"
            } else {
                out +=
                    "<rect x=\"\(n(x0))\" y=\"\(n(y))\" width=\"\(n(10 * scale))\" height=\"\(n(10 * scale))\" fill=\"\(colour)\"/>\n"
            }
            out +=
                "<text x=\"\(n(x0 + 16 * scale))\" y=\"\(n(y + 9 * scale))\">\(SVGEscape.text(label))</text>\n"
            y += 16 * scale
        }
        return out + "</g>\n"
    }

    /// A 1 km (or 500 m) scale bar in the bottom right corner.
    static func scaleBar(box: Envelope, scale: Double) -> String {
        let n = { (v: Double) in SVGEscape.number(v, digits: 0) }
        let metres = (box.maxX - box.minX) > 4000 ? 1000.0 : 500.0
        let x1 = box.maxX - 12 * scale, x0 = x1 - metres, y = -box.minY - 12 * scale
        return """
            <g id="scale"><rect x="\(n(x0))" y="\(n(y - 4 * scale))" width="\(n(metres))" height="\(n(4 * scale))" \
            fill="#333333"/><text x="\(n((x0 + x1) / 2))" y="\(n(y - 8 * scale))" font-size="\(n(11 * scale))" \
            text-anchor="middle">\(metres >= 1000 ? "1 km" : "500 m")</text></g>

            """
    }
}
