import Foundation

/// Bearings in the plane of EPSG:5179 (grid north), as PostGIS `ST_Azimuth` gives them.
public enum Bearing {
    /// Degrees clockwise from north from one point to another; nil when they are less
    /// than `minimum` metres apart.
    public static func degrees(
        fromX x0: Double, fromY y0: Double, toX x1: Double, toY y1: Double, minimum: Double = 1
    ) -> Double? {
        let dx = x1 - x0
        let dy = y1 - y0
        guard dx * dx + dy * dy >= minimum * minimum else { return nil }
        var a = atan2(dx, dy) * 180 / .pi
        if a < 0 { a += 360 }
        return a
    }

    /// The smaller angle between two bearings (0…180).
    public static func difference(_ a: Double, _ b: Double) -> Double {
        let d = abs((a - b).truncatingRemainder(dividingBy: 360))
        return d > 180 ? 360 - d : d
    }
}
