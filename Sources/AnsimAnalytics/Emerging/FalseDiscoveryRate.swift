/// The Benjamini–Hochberg false-discovery-rate procedure (Benjamini & Hochberg 1995,
/// "Controlling the false discovery rate: a practical and powerful approach to multiple
/// testing", JRSS B 57(1)): with the m p-values sorted p₍₁₎ ≤ … ≤ p₍ₘ₎ and k the largest
/// rank with p₍ₖ₎ ≤ (k/m)·α, the tests with p ≤ p₍ₖ₎ are significant (none when no k
/// exists). ArcGIS Pro's hot spot tools offer the same correction ("Apply False Discovery
/// Rate (FDR) Correction", Esri, "How Hot Spot Analysis (Getis-Ord Gi*) works").
public enum FalseDiscoveryRate {
    /// The largest p-value still significant at false-discovery rate `alpha`, or nil when
    /// none is (the threshold to use instead of `alpha`: significant ⇔ p ≤ threshold).
    public static func threshold(_ p: [Double], alpha: Double) -> Double? {
        let sorted = p.sorted()
        let m = Double(sorted.count)
        for k in stride(from: sorted.count, through: 1, by: -1) where sorted[k - 1] <= Double(k) / m * alpha {
            return sorted[k - 1]
        }
        return nil
    }

    /// Whether each test is significant at false-discovery rate `alpha`.
    public static func significant(_ p: [Double], alpha: Double) -> [Bool] {
        guard let cut = threshold(p, alpha: alpha) else { return Array(repeating: false, count: p.count) }
        return p.map { $0 <= cut }
    }
}
