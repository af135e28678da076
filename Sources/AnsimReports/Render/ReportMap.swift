import AnsimGeo
import AnsimStore
import AnsimSupport

/// SVG maps drawn from PostGIS geometry (`ST_AsSVG`, EPSG:5179 metres, y flipped): the
/// 구 boundaries and roads around the area, the area's boundary, the police boxes, and
/// one overlay — the hotspot run's classes with CCTV sites and the period's incidents, or
/// the forecast run's riskiest cells with patrol routes.
public struct ReportMap: Sendable {
    public enum Overlay: Sendable {
        /// Hot and cold cells of a hotspot run, CCTV sites near hot cells, the period's incidents.
        case hotspots(run: Int, period: ReportPeriod)
        /// top-1 / top-5 cells of a forecast run and the given patrol runs' routes.
        case forecast(run: Int, patrolRuns: [Int])
    }

    public let agency: String
    public let boundary: Geometry
    public let title: String
    /// Width of the drawing in CSS pixels (the height follows the area's shape).
    public var width = 760.0

    public init(agency: String, boundary: Geometry, title: String) {
        (self.agency, self.boundary, self.title) = (agency, boundary, title)
    }

    /// The SVG document.
    public func render(_ overlay: Overlay, on c: Connection) throws -> String {
        guard let e = boundary.envelope else { throw AnsimError("\(title): an empty boundary") }
        let pad = max(e.maxX - e.minX, e.maxY - e.minY) * 0.04
        let box = Envelope(minX: e.minX - pad, minY: e.minY - pad, maxX: e.maxX + pad, maxY: e.maxY + pad)
        let w = box.maxX - box.minX, h = box.maxY - box.minY
        let scale = w / width  // metres per pixel
        let n = SVGEscape.number
        var layers: [(id: String, svg: String)] = []
        let base = MapLayers(agency: agency, boundary: boundary, box: box, scale: scale)
        layers.append(("context", try base.context(on: c)))
        layers.append(("roads", try base.roads(on: c)))
        switch overlay {
        case .hotspots(let run, let period):
            layers.append(("hotspots", try base.cells(run: run, styles: MapStyle.hotspotClasses, on: c)))
            layers.append(("cctv", try base.cctv(nearHotCellsOf: run, on: c)))
            layers.append(("incidents", try base.incidents(period: period, on: c)))
        case .forecast(let run, let patrolRuns):
            layers.append(("forecast", try base.cells(run: run, styles: MapStyle.forecastClasses, on: c)))
            layers.append(("patrol", try base.patrol(runs: patrolRuns, on: c)))
        }
        layers.append(("boundary", try base.outline(on: c)))
        layers.append(("boxes", try base.boxes(on: c)))
        let height = width * h / w
        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(n(width, 0))" height="\(n(height + 40, 0))" \
            viewBox="\(n(box.minX, 0)) \(n(-box.maxY - 40 * scale, 0)) \(n(w, 0)) \(n(h + 40 * scale, 0))" \
            font-family="'Noto Sans CJK KR', 'Noto Sans KR', sans-serif">
            <title>\(SVGEscape.text(title))</title>
            <rect x="\(n(box.minX, 0))" y="\(n(-box.maxY - 40 * scale, 0))" width="\(n(w, 0))" \
            height="\(n(h + 40 * scale, 0))" fill="#ffffff"/>
            <text x="\(n(box.minX + 8 * scale, 0))" y="\(n(-box.maxY - 16 * scale, 0))" \
            font-size="\(n(16 * scale, 0))" font-weight="bold">\(SVGEscape.text(title))</text>

            """
        for layer in layers where !layer.svg.isEmpty {
            svg += "<g id=\"layer-\(layer.id)\">\n\(layer.svg)</g>\n"
        }
        svg += MapStyle.legend(overlay, box: box, scale: scale)
        svg += MapStyle.scaleBar(box: box, scale: scale)
        return svg + "</svg>\n"
    }
}
