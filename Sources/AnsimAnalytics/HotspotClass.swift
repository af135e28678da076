/// The class an analyst reads off a hotspot map cell, from each statistic's output.
///
/// - Gi*: the confidence bins of ArcGIS Pro's Hot Spot Analysis (`Gi_Bin`): hot or cold at
///   99 %, 95 % or 90 % when |z| ≥ 2.576, 1.960 or 1.645 (two-sided normal critical values;
///   no correction for multiple testing, as there). Ansim's p (esda `p_norm`) is one-sided,
///   so these are p ≤ 0.005, 0.025 and 0.05.
/// - Local Moran: the quadrant (HH, LH, LL, HL; Anselin 1995) of a cell whose pseudo p-value
///   is at most `alpha` (esda's `sig` mask, default 0.05), otherwise not significant.
/// - KDE: the densest cells covering 1 % and 5 % of the cells ranked (ties by index), the
///   areas a patrol plan flags at those coverages.
/// Not significant (or not flagged) is "ns".
public enum HotspotClass {
    /// "hot-99", "hot-95", "hot-90", "cold-99", …, or "ns", for Gi* z-scores.
    public static func gistar(z: [Double]) -> [String] {
        z.map { z in
            let level = abs(z) >= 2.576 ? "99" : abs(z) >= 1.960 ? "95" : abs(z) >= 1.645 ? "90" : nil
            guard let level else { return "ns" }
            return (z > 0 ? "hot-" : "cold-") + level
        }
    }

    /// "HH", "LH", "LL", "HL" (esda quadrants 1…4) where pSim ≤ alpha, else "ns".
    public static func moran(quadrant: [UInt8], pSim: [Double], alpha: Double = 0.05) -> [String] {
        let names = ["ns", "HH", "LH", "LL", "HL"]
        return zip(quadrant, pSim).map { q, p in
            p <= alpha && q >= 1 && q <= 4 ? names[Int(q)] : "ns"
        }
    }

    /// "top-1" for the ⌊1 % · n⌋ densest cells (at least one when any density is positive),
    /// "top-5" for the rest of the ⌊5 % · n⌋ densest, "ns" otherwise; cells of zero density
    /// are never flagged.
    public static func kde(density: [Double]) -> [String] {
        let order = density.indices.sorted {
            density[$0] > density[$1] || (density[$0] == density[$1] && $0 < $1)
        }
        var out = [String](repeating: "ns", count: density.count)
        let top1 = max(1, density.count / 100)
        let top5 = max(top1, density.count * 5 / 100)
        for (rank, i) in order.prefix(top5).enumerated() where density[i] > 0 {
            out[i] = rank < top1 ? "top-1" : "top-5"
        }
        return out
    }

    /// How many cells fall in each class, e.g. ["hot-99": 12, "ns": 3400].
    public static func tally(_ classes: [String]) -> [String: Int] {
        classes.reduce(into: [:]) { $0[$1, default: 0] += 1 }
    }
}
