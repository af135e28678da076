/// Finds where lines cross or touch, for ``NodingRule/allCrossings``: every pair of
/// segments sharing a cell of a uniform grid is intersected once.
struct CrossingFinder {
    let lines: [RoadLine]
    /// Grid cell size in metres.
    let cell: Double

    /// Indexes the segments of `lines`.
    init(lines: [RoadLine], cell: Double = 50) {
        self.lines = lines
        self.cell = cell
    }

    /// One segment: line index and segment index.
    private struct Segment {
        var line: Int32
        var index: Int32
    }

    /// The cuts of each line (indexed like ``lines``), unsorted.
    func cuts() -> [[Cut]] {
        var segments: [Segment] = []
        var grid: [Int64: [Int32]] = [:]
        for (l, line) in lines.enumerated() {
            for s in 0..<(line.points.count - 1) {
                let id = Int32(segments.count)
                segments.append(Segment(line: Int32(l), index: Int32(s)))
                let a = line.points[s]
                let b = line.points[s + 1]
                for gx in cellIndex(min(a.x, b.x))...cellIndex(max(a.x, b.x)) {
                    for gy in cellIndex(min(a.y, b.y))...cellIndex(max(a.y, b.y)) {
                        grid[gx << 32 | (gy & 0xFFFF_FFFF), default: []].append(id)
                    }
                }
            }
        }
        var result = Array(repeating: [Cut](), count: lines.count)
        var done = Set<Int64>()
        for members in grid.values where members.count > 1 {
            for i in 0..<(members.count - 1) {
                for j in (i + 1)..<members.count {
                    let pair = Int64(members[i]) << 32 | Int64(members[j])
                    guard done.insert(pair).inserted else { continue }
                    intersect(segments[Int(members[i])], segments[Int(members[j])], into: &result)
                }
            }
        }
        return result
    }

    private func cellIndex(_ v: Double) -> Int64 { Int64((v / cell).rounded(.down)) }

    /// Records the meeting points of two segments as cuts of both lines.
    private func intersect(_ s: Segment, _ r: Segment, into result: inout [[Cut]]) {
        let lineA = lines[Int(s.line)]
        let lineB = lines[Int(r.line)]
        if s.line == r.line, abs(s.index - r.index) == 1 { return }
        let (a, a2) = (lineA.points[Int(s.index)], lineA.points[Int(s.index) + 1])
        let (b, b2) = (lineB.points[Int(r.index)], lineB.points[Int(r.index) + 1])
        for point in Self.meetings(a, a2, b, b2) {
            if lineA.gradeSeparated || lineB.gradeSeparated {
                let ends = [lineA.points.first!, lineA.points.last!, lineB.points.first!, lineB.points.last!]
                guard ends.contains(where: { $0.key == point.key }) else { continue }
            }
            let ta = Polyline.project(point, a, a2).t
            let tb = Polyline.project(point, b, b2).t
            result[Int(s.line)].append(Cut(position: Double(s.index) + ta, point: point))
            result[Int(r.line)].append(Cut(position: Double(r.index) + tb, point: point))
        }
    }

    /// The points where segments a–a2 and b–b2 meet: none, one, or the two ends of a
    /// collinear overlap. An end point is returned exactly when the meeting is there.
    static func meetings(_ a: Point2, _ a2: Point2, _ b: Point2, _ b2: Point2) -> [Point2] {
        let eps = 1e-9
        let r = (x: a2.x - a.x, y: a2.y - a.y)
        let s = (x: b2.x - b.x, y: b2.y - b.y)
        let q = (x: b.x - a.x, y: b.y - a.y)
        let denominator = r.x * s.y - r.y * s.x
        let scale = (r.x * r.x + r.y * r.y).squareRoot() * (s.x * s.x + s.y * s.y).squareRoot()
        guard scale > 0 else { return [] }
        if abs(denominator) > 1e-12 * scale {
            let t = (q.x * s.y - q.y * s.x) / denominator
            let u = (q.x * r.y - q.y * r.x) / denominator
            guard t >= -eps, t <= 1 + eps, u >= -eps, u <= 1 + eps else { return [] }
            for end in [a, a2, b, b2]
            where Polyline.project(end, a, a2).distance < 1e-4
                && Polyline.project(end, b, b2).distance < 1e-4
            {
                return [end]
            }
            return [Point2(a.x + t * r.x, a.y + t * r.y)]
        }
        // Parallel: meeting only if collinear; then the ends lying on the other segment.
        let offset = abs(q.x * r.y - q.y * r.x) / (r.x * r.x + r.y * r.y).squareRoot()
        guard offset < 1e-4 else { return [] }
        var points: [Point2] = []
        for end in [b, b2] where Polyline.project(end, a, a2).distance < 1e-4 { points.append(end) }
        for end in [a, a2] where Polyline.project(end, b, b2).distance < 1e-4 { points.append(end) }
        var unique: [Point2] = []
        for p in points where !unique.contains(where: { $0.key == p.key }) { unique.append(p) }
        return unique
    }
}
