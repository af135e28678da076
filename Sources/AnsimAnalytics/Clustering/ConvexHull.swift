/// The convex hull of a set of points by Andrew's monotone chain (Andrew 1979, "Another
/// efficient algorithm for convex hulls in two dimensions", Information Processing Letters
/// 9(5)): the hull's vertices counter-clockwise, starting at the lowest-x (then lowest-y)
/// point, collinear points on edges dropped. Fewer than three distinct points give those points.
public enum ConvexHull {
    public static func of(xs: [Double], ys: [Double]) -> [(x: Double, y: Double)] {
        var points = zip(xs, ys).map { (x: $0, y: $1) }
        points.sort { $0.x < $1.x || ($0.x == $1.x && $0.y < $1.y) }
        var unique: [(x: Double, y: Double)] = []
        for p in points where unique.last.map({ $0.x != p.x || $0.y != p.y }) ?? true { unique.append(p) }
        guard unique.count >= 3 else { return unique }
        func cross(_ o: (x: Double, y: Double), _ a: (x: Double, y: Double), _ b: (x: Double, y: Double))
            -> Double
        {
            (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x)
        }
        var lower: [(x: Double, y: Double)] = []
        for p in unique {
            while lower.count >= 2 && cross(lower[lower.count - 2], lower[lower.count - 1], p) <= 0 {
                lower.removeLast()
            }
            lower.append(p)
        }
        var upper: [(x: Double, y: Double)] = []
        for p in unique.reversed() {
            while upper.count >= 2 && cross(upper[upper.count - 2], upper[upper.count - 1], p) <= 0 {
                upper.removeLast()
            }
            upper.append(p)
        }
        return Array(lower.dropLast() + upper.dropLast())
    }

    /// The hull as a WKT POLYGON (closed ring), a LINESTRING for two points, a POINT for one.
    public static func wkt(_ hull: [(x: Double, y: Double)]) -> String {
        func text(_ p: (x: Double, y: Double)) -> String { "\(p.x) \(p.y)" }
        switch hull.count {
        case 0: return "POLYGON EMPTY"
        case 1: return "POINT (\(text(hull[0])))"
        case 2: return "LINESTRING (\(hull.map(text).joined(separator: ", ")))"
        default: return "POLYGON ((\((hull + [hull[0]]).map(text).joined(separator: ", "))))"
        }
    }
}
