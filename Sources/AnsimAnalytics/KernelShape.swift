import Foundation

/// The bivariate, radially symmetric kernels of ``KDE``, each normalised to integrate to 1
/// over the plane (Silverman 1986, "Density Estimation for Statistics and Data Analysis",
/// Chapman & Hall, §4.2 and Table 3.1, written here in two dimensions). With d the distance
/// from a point to where the density is evaluated, h the bandwidth and u = d/h:
///
/// - quartic (biweight):  K(d) = 3 / (π h²) · (1 − u²)²   for u < 1, else 0
/// - Epanechnikov:        K(d) = 2 / (π h²) · (1 − u²)     for u < 1, else 0
/// - Gaussian (σ = h):    K(d) = 1 / (2π h²) · exp(−u²/2)
///
/// The quartic kernel is the one of CrimeStat and ArcGIS Kernel Density; a point exactly at
/// distance h contributes 0. See ``KDE/density(xs:ys:weights:grid:bandwidth:kernel:)`` for
/// how the Gaussian's infinite support is truncated.
public enum KernelShape: String, Sendable, CaseIterable {
    case quartic
    case epanechnikov
    case gaussian

    /// The half-width, in bandwidths, of the square window around a point outside which
    /// ``KDE`` adds nothing: 1 for the compact kernels, ``gaussianCutoff`` for the Gaussian.
    public var support: Double {
        switch self {
        case .quartic, .epanechnikov: 1
        case .gaussian: Self.gaussianCutoff
        }
    }

    /// Where ``KDE`` truncates the Gaussian: cells whose centre differs from a point by more
    /// than 8 h in x or in y get nothing from it. Each omitted contribution is below
    /// e^(−32) ≈ 1.3·10⁻¹⁴ of the kernel's peak 1/(2π h²), and the mass omitted per point is
    /// 1 − (1 − 2Φ(−8))² < 2.5·10⁻¹⁵ of its weight: below double-precision rounding.
    public static let gaussianCutoff = 8.0

    /// K(d) for a point of unit weight: the exact formula, for reference and tests.
    public func value(distance d: Double, bandwidth h: Double) -> Double {
        let u2 = (d / h) * (d / h)
        switch self {
        case .quartic: return d < h ? 3 / (Double.pi * h * h) * (1 - u2) * (1 - u2) : 0
        case .epanechnikov: return d < h ? 2 / (Double.pi * h * h) * (1 - u2) : 0
        case .gaussian: return 1 / (2 * Double.pi * h * h) * exp(-u2 / 2)
        }
    }
}
