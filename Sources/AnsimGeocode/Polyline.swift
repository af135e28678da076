/// Measures along a polyline in the plane: length, the point at a distance, the
/// direction there, and the nearest point to a query.
public enum Polyline {
    /// The total length of `points`, in metres.
    public static func length(_ points: [GeocodePoint]) -> Double {
        guard points.count > 1 else { return 0 }
        var total = 0.0
        for i in 1..<points.count { total += points[i - 1].distance(to: points[i]) }
        return total
    }

    /// The point at `fraction` (0…1, clamped) of the length of `points`, with the unit
    /// direction of the segment it lies on (`(0, 0)` for a degenerate line).
    public static func locate(_ points: [GeocodePoint], fraction: Double) -> (point: GeocodePoint, dx: Double, dy: Double)
    {
        guard let first = points.first else { return (GeocodePoint(0, 0), 0, 0) }
        guard points.count > 1 else { return (first, 0, 0) }
        let target = min(max(fraction, 0), 1) * length(points)
        var walked = 0.0
        var lastDirection = (0.0, 0.0)
        for i in 1..<points.count {
            let a = points[i - 1]
            let b = points[i]
            let l = a.distance(to: b)
            guard l > 0 else { continue }
            lastDirection = ((b.x - a.x) / l, (b.y - a.y) / l)
            if walked + l >= target {
                return (a.lerp(b, (target - walked) / l), lastDirection.0, lastDirection.1)
            }
            walked += l
        }
        return (points[points.count - 1], lastDirection.0, lastDirection.1)
    }

    /// The point `offset` metres to the left (positive) or right (negative) of the point
    /// at `fraction` of the line, looking along the line's direction.
    public static func offsetPoint(_ points: [GeocodePoint], fraction: Double, offset: Double) -> GeocodePoint {
        let (p, dx, dy) = locate(points, fraction: fraction)
        return GeocodePoint(p.x - dy * offset, p.y + dx * offset)
    }

    /// The nearest point of segment `a`–`b` to `p`, its distance, and whether `p` lies on
    /// the left of the segment's direction.
    public static func nearest(on a: GeocodePoint, _ b: GeocodePoint, to p: GeocodePoint) -> (
        distance: Double, left: Bool, t: Double
    ) {
        let vx = b.x - a.x
        let vy = b.y - a.y
        let ll = vx * vx + vy * vy
        let t = ll > 0 ? min(max(((p.x - a.x) * vx + (p.y - a.y) * vy) / ll, 0), 1) : 0
        let q = GeocodePoint(a.x + vx * t, a.y + vy * t)
        return (q.distance(to: p), vx * (p.y - a.y) - vy * (p.x - a.x) > 0, t)
    }
}
