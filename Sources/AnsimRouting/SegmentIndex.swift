/// A uniform grid over the segments of a network's edges, for snapping a point to the
/// nearest point of the nearest edge (not merely the nearest vertex).
struct SegmentIndex: Sendable {
    /// Cell size in metres.
    let cell: Double
    private let cells: [Int64: [SegmentRef]]

    /// A segment: the edge and the index of its first point.
    struct SegmentRef: Sendable {
        var edge: Int32
        var segment: Int32
    }

    /// Indexes every segment of `edges` whose edge `include` accepts.
    init(edges: [RoadEdge], cell: Double = 100, include: (RoadEdge) -> Bool = { _ in true }) {
        self.cell = cell
        var cells: [Int64: [SegmentRef]] = [:]
        for (e, edge) in edges.enumerated() where include(edge) {
            for s in 0..<(edge.points.count - 1) {
                let a = edge.points[s]
                let b = edge.points[s + 1]
                for gx in Self.index(min(a.x, b.x), cell)...Self.index(max(a.x, b.x), cell) {
                    for gy in Self.index(min(a.y, b.y), cell)...Self.index(max(a.y, b.y), cell) {
                        cells[Self.key(gx, gy), default: []].append(
                            SegmentRef(edge: Int32(e), segment: Int32(s)))
                    }
                }
            }
        }
        self.cells = cells
    }

    private static func index(_ v: Double, _ cell: Double) -> Int64 { Int64((v / cell).rounded(.down)) }
    private static func key(_ gx: Int64, _ gy: Int64) -> Int64 { gx << 32 | (gy & 0xFFFF_FFFF) }

    /// The nearest segment to `p` within `limit` metres: the edge, the point on it and the
    /// distance; nil when no indexed segment is that close. Searches rings of cells
    /// outwards and stops once no unvisited cell can hold anything nearer.
    func nearest(to p: Point2, edges: [RoadEdge], limit: Double) -> (
        edge: Int32, point: Point2, distance: Double
    )? {
        let cx = Self.index(p.x, cell)
        let cy = Self.index(p.y, cell)
        var best: (edge: Int32, point: Point2, distance: Double)?
        var ring: Int64 = 0
        while true {
            for gx in (cx - ring)...(cx + ring) {
                for gy in (cy - ring)...(cy + ring) where max(abs(gx - cx), abs(gy - cy)) == ring {
                    for ref in cells[Self.key(gx, gy)] ?? [] {
                        let points = edges[Int(ref.edge)].points
                        let a = points[Int(ref.segment)]
                        let b = points[Int(ref.segment) + 1]
                        let (t, d) = Polyline.project(p, a, b)
                        if d < (best?.distance ?? .infinity) || (d == best?.distance && ref.edge < best!.edge)
                        {
                            best = (ref.edge, Polyline.interpolate(a, b, t), d)
                        }
                    }
                }
            }
            let reach = Double(ring) * cell
            if let best, best.distance <= reach { return best.distance <= limit ? best : nil }
            if reach > limit { return best.flatMap { $0.distance <= limit ? $0 : nil } }
            ring += 1
        }
    }
}
