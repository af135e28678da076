import Foundation

/// The standard deviational ellipse of a set of points (Lefever 1926, "Measuring geographic
/// concentration by means of the standard deviational ellipse", American Journal of
/// Sociology 32(1); Yuill 1971, "The standard deviational ellipse", Geographical Analysis
/// 3(1)), as CrimeStat's and ArcGIS's *Directional Distribution* report it with one standard
/// deviation and no √2 or n − 2 correction. With x̃ = x − x̄ and ỹ = y − ȳ:
///
///     tan θ = [(Σx̃² − Σỹ²) + √((Σx̃² − Σỹ²)² + 4(Σx̃ỹ)²)] / (2 Σx̃ỹ)
///     σ₁ = √(Σ(x̃ cos θ + ỹ sin θ)² / n)      σ₂ = √(Σ(−x̃ sin θ + ỹ cos θ)² / n)
///
/// θ is the angle of the first axis from the x axis (east), counter-clockwise; the major and
/// minor semi-axes are the larger and smaller of σ₁, σ₂ with the major axis's angle.
public struct DeviationalEllipse: Sendable, Equatable {
    public var centreX: Double
    public var centreY: Double
    public var major: Double
    public var minor: Double
    /// Angle of the major axis from east, counter-clockwise, in degrees in [0, 180).
    public var angle: Double

    public static func of(xs: [Double], ys: [Double]) -> DeviationalEllipse {
        let n = Double(xs.count)
        let mx = xs.reduce(0, +) / n
        let my = ys.reduce(0, +) / n
        var (sxx, syy, sxy) = (0.0, 0.0, 0.0)
        for i in xs.indices {
            let (dx, dy) = (xs[i] - mx, ys[i] - my)
            sxx += dx * dx
            syy += dy * dy
            sxy += dx * dy
        }
        let a = sxx - syy
        let theta =
            sxy == 0
            ? (a >= 0 ? 0 : Double.pi / 2) : atan((a + (a * a + 4 * sxy * sxy).squareRoot()) / (2 * sxy))
        var (s1, s2) = (0.0, 0.0)
        for i in xs.indices {
            let (dx, dy) = (xs[i] - mx, ys[i] - my)
            let u = dx * cos(theta) + dy * sin(theta)
            let v = -dx * sin(theta) + dy * cos(theta)
            s1 += u * u
            s2 += v * v
        }
        let (sd1, sd2) = ((s1 / n).squareRoot(), (s2 / n).squareRoot())
        var angle = (sd1 >= sd2 ? theta : theta + .pi / 2) * 180 / .pi
        angle = angle.truncatingRemainder(dividingBy: 180)
        if angle < 0 { angle += 180 }
        return DeviationalEllipse(
            centreX: mx, centreY: my, major: max(sd1, sd2), minor: min(sd1, sd2), angle: angle)
    }
}
