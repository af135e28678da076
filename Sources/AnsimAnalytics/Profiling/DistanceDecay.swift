import Foundation

/// An empirically calibrated journey-to-crime distance decay (Levine, CrimeStat IV, ch. 13:
/// the calibrated journey-to-crime function): the Gaussian kernel density of the home-to-
/// crime distances of solved cases,
///
///     f̂(d) = 1/(m h √(2π)) Σₖ exp(−(d − dₖ)² / (2h²))
///
/// with bandwidth h (default Silverman's rule of thumb, 0.9·min(σ, IQR/1.34)·m^(−1/5);
/// Silverman 1986, *Density Estimation*, eq. 3.31). Distances are ≥ 0, so the mass that a
/// kernel puts below 0 is reflected back (f̂(d) + the same sum at −d).
public struct DistanceDecay: Sendable, Equatable {
    /// The solved cases' distances, metres.
    public let distances: [Double]
    /// The bandwidth h, metres.
    public let bandwidth: Double

    /// Calibrates from solved cases: home and crime coordinates, pairwise.
    public init(
        homeXs: [Double], homeYs: [Double], crimeXs: [Double], crimeYs: [Double], bandwidth: Double? = nil
    ) throws(AnalyticsError) {
        precondition(
            homeXs.count == crimeXs.count && homeYs.count == crimeYs.count && homeXs.count == homeYs.count)
        guard homeXs.count >= 2 else {
            throw AnalyticsError("calibration needs at least 2 solved cases, not \(homeXs.count)")
        }
        let d = homeXs.indices.map { i in
            ((homeXs[i] - crimeXs[i]) * (homeXs[i] - crimeXs[i]) + (homeYs[i] - crimeYs[i])
                * (homeYs[i] - crimeYs[i]))
                .squareRoot()
        }
        if let i = d.firstIndex(where: { !$0.isFinite }) {
            throw AnalyticsError("solved case \(i + 1) has coordinates that are not finite numbers")
        }
        let h = bandwidth ?? Self.silverman(d)
        guard h.isFinite, h > 0 else {
            throw AnalyticsError(
                "the decay bandwidth must be positive (all solved distances equal? give --decay-bandwidth)")
        }
        self.distances = d
        self.bandwidth = h
    }

    /// f̂(d), reflected at 0.
    public func value(at d: Double) -> Double {
        let c = 1 / (Double(distances.count) * bandwidth * (2 * Double.pi).squareRoot())
        var s = 0.0
        for dk in distances {
            let a = (d - dk) / bandwidth
            let b = (d + dk) / bandwidth
            s += exp(-0.5 * a * a) + exp(-0.5 * b * b)
        }
        return c * s
    }

    /// Silverman's rule of thumb.
    static func silverman(_ d: [Double]) -> Double {
        let m = Double(d.count)
        let mean = d.reduce(0, +) / m
        let sd = (d.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / (m - 1)).squareRoot()
        let s = d.sorted()
        func quantile(_ q: Double) -> Double {
            let h = (m - 1) * q
            let lo = Int(h.rounded(.down))
            return s[lo] + (h - Double(lo)) * (s[min(lo + 1, s.count - 1)] - s[lo])
        }
        let iqr = quantile(0.75) - quantile(0.25)
        let spread = iqr > 0 ? min(sd, iqr / 1.34) : sd
        return 0.9 * spread * pow(m, -0.2)
    }
}
