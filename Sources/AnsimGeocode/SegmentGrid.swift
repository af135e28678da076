/// A uniform grid of the segments of many short lines, for nearest-line queries.
struct SegmentGrid: Sendable {
    /// The side of a cell, in metres.
    let cell: Double
    private var cells: [Int64: [(line: Int32, segment: Int32)]] = [:]

    /// Indexes every segment of `lines` in cells of `cell` metres.
    init(lines: [[GeocodePoint]], cell: Double = 50) {
        self.cell = cell
        for (li, line) in lines.enumerated() where line.count > 1 {
            for si in 1..<line.count {
                let a = line[si - 1]
                let b = line[si]
                let (x0, x1) = (Int((min(a.x, b.x) / cell).rounded(.down)), Int((max(a.x, b.x) / cell).rounded(.down)))
                let (y0, y1) = (Int((min(a.y, b.y) / cell).rounded(.down)), Int((max(a.y, b.y) / cell).rounded(.down)))
                for cx in x0...x1 {
                    for cy in y0...y1 { cells[Self.key(cx, cy), default: []].append((Int32(li), Int32(si - 1))) }
                }
            }
        }
    }

    static func key(_ cx: Int, _ cy: Int) -> Int64 { Int64(cx) << 32 | Int64(UInt32(bitPattern: Int32(cy))) }

    /// The nearest segment to `p` within `limit` metres: its line, segment, distance, and
    /// whether `p` is on the segment's left; nil when none is that close.
    func nearest(to p: GeocodePoint, lines: [[GeocodePoint]], limit: Double) -> (
        line: Int, segment: Int, distance: Double, left: Bool
    )? {
        let cx = Int((p.x / cell).rounded(.down))
        let cy = Int((p.y / cell).rounded(.down))
        var best: (line: Int, segment: Int, distance: Double, left: Bool)?
        let maxRing = Int((limit / cell).rounded(.up)) + 1
        for ring in 0...maxRing {
            if let b = best, b.distance <= Double(ring - 1) * cell { break }
            for dx in -ring...ring {
                for dy in -ring...ring where max(abs(dx), abs(dy)) == ring {
                    guard let list = cells[Self.key(cx + dx, cy + dy)] else { continue }
                    for (li, si) in list {
                        let line = lines[Int(li)]
                        let n = Polyline.nearest(on: line[Int(si)], line[Int(si) + 1], to: p)
                        if n.distance <= limit, best == nil || n.distance < best!.distance {
                            best = (Int(li), Int(si), n.distance, n.left)
                        }
                    }
                }
            }
        }
        return best
    }
}
