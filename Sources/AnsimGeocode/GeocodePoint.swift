/// A point in the working plane (EPSG:5179, UTM-K, metres).
public struct GeocodePoint: Sendable, Hashable, Codable {
    /// Easting in metres.
    public var x: Double
    /// Northing in metres.
    public var y: Double

    /// A point at `(x, y)`.
    public init(_ x: Double, _ y: Double) {
        self.x = x
        self.y = y
    }

    /// The straight-line distance to `other`, in metres.
    public func distance(to other: GeocodePoint) -> Double {
        ((x - other.x) * (x - other.x) + (y - other.y) * (y - other.y)).squareRoot()
    }

    /// The point a fraction `t` of the way from `self` to `other`.
    public func lerp(_ other: GeocodePoint, _ t: Double) -> GeocodePoint {
        GeocodePoint(x + (other.x - x) * t, y + (other.y - y) * t)
    }
}
