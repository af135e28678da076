/// Measures on polylines (arrays of ``Point2``): lengths, cutting by fraction, and the
/// nearest point.
public enum Polyline {
    /// The total length.
    public static func length(_ points: [Point2]) -> Double {
        var total = 0.0
        for i in points.indices.dropFirst() { total += points[i - 1].distance(to: points[i]) }
        return total
    }

    /// The part of `points` between fractions `from` and `to` of its length (0…1); when
    /// `from > to` the part is returned reversed (walking the line backwards).
    public static func cut(_ points: [Point2], from: Double, to: Double) -> [Point2] {
        if from > to { return cut(points, from: to, to: from).reversed() }
        let total = length(points)
        guard total > 0, points.count >= 2 else { return points }
        let start = from * total
        let end = to * total
        var result: [Point2] = []
        var walked = 0.0
        for i in 1..<points.count {
            let a = points[i - 1]
            let b = points[i]
            let segment = a.distance(to: b)
            let next = walked + segment
            if result.isEmpty, start <= next {
                result.append(interpolate(a, b, segment > 0 ? (start - walked) / segment : 0))
            }
            if !result.isEmpty {
                if end <= next {
                    result.append(interpolate(a, b, segment > 0 ? (end - walked) / segment : 0))
                    return result
                }
                result.append(b)
            }
            walked = next
        }
        if result.isEmpty { result.append(points[points.count - 1]) }
        if result.count == 1 { result.append(result[0]) }
        return result
    }

    /// The point a fraction `t` (0…1) of the way from `a` to `b`.
    static func interpolate(_ a: Point2, _ b: Point2, _ t: Double) -> Point2 {
        Point2(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t)
    }

    /// The nearest point of segment a–b to `p`: the parameter (0…1) and the distance.
    static func project(_ p: Point2, _ a: Point2, _ b: Point2) -> (t: Double, distance: Double) {
        let dx = b.x - a.x
        let dy = b.y - a.y
        let squared = dx * dx + dy * dy
        var t = squared > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / squared : 0
        t = min(1, max(0, t))
        return (t, p.distance(to: interpolate(a, b, t)))
    }

    /// The nearest point of the polyline to `p`: the fraction of its length where it
    /// lies, and the distance.
    public static func locate(_ p: Point2, on points: [Point2]) -> (fraction: Double, distance: Double) {
        let total = length(points)
        var best = (fraction: 0.0, distance: Double.infinity)
        var walked = 0.0
        for i in points.indices.dropFirst() {
            let segment = points[i - 1].distance(to: points[i])
            let (t, d) = project(p, points[i - 1], points[i])
            if d < best.distance {
                best = (total > 0 ? (walked + t * segment) / total : 0, d)
            }
            walked += segment
        }
        return best
    }
}
