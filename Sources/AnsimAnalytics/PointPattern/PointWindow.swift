/// The study window of a point pattern: an axis-aligned rectangle in metres. Ripley's K, the
/// average nearest neighbour index and their simulations use its area and draw complete
/// spatial randomness (CSR) inside it.
public struct PointWindow: Sendable, Equatable {
    public let xmin: Double
    public let ymin: Double
    public let xmax: Double
    public let ymax: Double

    /// A window; throws unless xmin < xmax, ymin < ymax, all finite.
    public init(xmin: Double, ymin: Double, xmax: Double, ymax: Double) throws(AnalyticsError) {
        guard [xmin, ymin, xmax, ymax].allSatisfy(\.isFinite), xmin < xmax, ymin < ymax else {
            throw AnalyticsError(
                "the window \(xmin),\(ymin),\(xmax),\(ymax) is not a rectangle xmin < xmax, ymin < ymax")
        }
        (self.xmin, self.ymin, self.xmax, self.ymax) = (xmin, ymin, xmax, ymax)
    }

    /// The bounding box of the points — PySAL pointpats' default window (its `k` and `l`
    /// always use it: `prepare_hull(coordinates, None)`).
    public static func boundingBox(xs: [Double], ys: [Double]) throws(AnalyticsError) -> PointWindow {
        guard let x0 = xs.min(), let x1 = xs.max(), let y0 = ys.min(), let y1 = ys.max() else {
            throw AnalyticsError("no points")
        }
        return try PointWindow(xmin: x0, ymin: y0, xmax: x1, ymax: y1)
    }

    /// Area in m².
    public var area: Double { (xmax - xmin) * (ymax - ymin) }

    /// Whether a point lies in the closed rectangle.
    public func contains(x: Double, y: Double) -> Bool { x >= xmin && x <= xmax && y >= ymin && y <= ymax }

    /// Checks a layer: the same number of x and y, at least `minimum` points, all finite and
    /// inside the window; the message names the layer and the point (`describe`).
    func validate(
        xs: [Double], ys: [Double], minimum: Int, layer: String, describe: (Int) -> String
    ) throws(AnalyticsError) {
        precondition(xs.count == ys.count, "one x per y")
        guard xs.count >= minimum else {
            throw AnalyticsError("\(layer): \(xs.count) points; at least \(minimum) needed")
        }
        for i in xs.indices {
            guard xs[i].isFinite, ys[i].isFinite else {
                throw AnalyticsError("\(layer): \(describe(i)) (\(xs[i]), \(ys[i])) is not a finite point")
            }
            guard contains(x: xs[i], y: ys[i]) else {
                throw AnalyticsError(
                    "\(layer): \(describe(i)) (\(xs[i]), \(ys[i])) is outside the window \(xmin),\(ymin),\(xmax),\(ymax)"
                )
            }
        }
    }

    /// `count` uniform points in the window (CSR with a fixed number of points).
    func uniform(_ count: Int, random: inout StreamRandom) -> (xs: [Double], ys: [Double]) {
        var xs = [Double](repeating: 0, count: count)
        var ys = [Double](repeating: 0, count: count)
        for i in 0..<count {
            xs[i] = xmin + (xmax - xmin) * random.unit()
            ys[i] = ymin + (ymax - ymin) * random.unit()
        }
        return (xs, ys)
    }
}

extension StreamRandom {
    /// A uniform double in [0, 1): the top 53 bits of the next output.
    mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }
}
