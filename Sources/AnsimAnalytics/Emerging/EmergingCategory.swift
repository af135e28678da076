/// The patterns of ArcGIS Pro's *Emerging Hot Spot Analysis* (Esri, "How Emerging Hot Spot
/// Analysis works", ArcGIS Pro 3.x tool reference, space-time-pattern-mining/
/// learnmoreemerging.htm), with Esri's definitions; "hot" below reads "cold" (and an
/// increase in the intensity of clustering of high values reads one of low values, i.e. a
/// falling z) for the cold spot patterns. n is the number of time steps, h the number of
/// steps in which the location's bin is a significant hot spot:
///
/// - **new**: a significant hot spot in the final step that has never been one before (h = 1).
/// - **consecutive**: a single uninterrupted run of at least two hot steps at the end, never
///   hot before that run, and h < 90 % of n.
/// - **intensifying**: hot in ≥ 90 % of the steps, the final one included, and the intensity
///   of clustering increases significantly (Mann–Kendall on the location's Gi* z: trend p ≤
///   α and trend z > 0).
/// - **persistent**: hot in ≥ 90 % of the steps (the final one included) with no significant trend.
/// - **diminishing**: hot in ≥ 90 % of the steps, the final one included, and a significant decrease.
/// - **sporadic**: hot in the final step, on-again off-again before, h < 90 %, never a cold spot.
/// - **oscillating**: hot in the final step, a significant cold spot in some earlier step, h < 90 %.
/// - **historical**: not hot in the final step, but hot in ≥ 90 % of the steps.
///
/// Esri's definitions overlap where a history fits two of them; Ansim decides in this order:
/// new, consecutive (both only look at the hot steps, so a cold spot earlier is allowed, as
/// the definitions read), then intensifying/diminishing/persistent, then oscillating, then
/// sporadic; historical only when the final step is not hot. A location fitting no pattern
/// (hot or cold) is ``noPattern``.
public enum EmergingCategory: String, Sendable, CaseIterable, Equatable {
    case newHotSpot = "new_hot_spot"
    case consecutiveHotSpot = "consecutive_hot_spot"
    case intensifyingHotSpot = "intensifying_hot_spot"
    case persistentHotSpot = "persistent_hot_spot"
    case diminishingHotSpot = "diminishing_hot_spot"
    case sporadicHotSpot = "sporadic_hot_spot"
    case oscillatingHotSpot = "oscillating_hot_spot"
    case historicalHotSpot = "historical_hot_spot"
    case newColdSpot = "new_cold_spot"
    case consecutiveColdSpot = "consecutive_cold_spot"
    case intensifyingColdSpot = "intensifying_cold_spot"
    case persistentColdSpot = "persistent_cold_spot"
    case diminishingColdSpot = "diminishing_cold_spot"
    case sporadicColdSpot = "sporadic_cold_spot"
    case oscillatingColdSpot = "oscillating_cold_spot"
    case historicalColdSpot = "historical_cold_spot"
    case noPattern = "no_pattern"

    /// Classifies one location from its significant states per step (+1 hot, −1 cold, 0
    /// neither; in time order) and the Mann–Kendall trend of its Gi* z-scores.
    public static func classify(
        states: [Int8], trendZ: Double, trendP: Double, alpha: Double
    ) -> EmergingCategory {
        guard let last = states.last else { return .noPattern }
        if last != 0 {
            return pattern(states: states, sign: last, trendZ: trendZ, trendP: trendP, alpha: alpha)
        }
        // ≥ 90 % of the steps, in integers: 10·h ≥ 9·n.
        if 10 * states.count(where: { $0 == 1 }) >= 9 * states.count { return .historicalHotSpot }
        if 10 * states.count(where: { $0 == -1 }) >= 9 * states.count { return .historicalColdSpot }
        return .noPattern
    }

    /// The pattern of a location whose final step is significant with `sign` (+1 hot, −1 cold).
    private static func pattern(
        states: [Int8], sign: Int8, trendZ: Double, trendP: Double, alpha: Double
    ) -> EmergingCategory {
        let hot = sign == 1
        let h = states.count { $0 == sign }
        let run = states.reversed().prefix { $0 == sign }.count
        let most = 10 * h >= 9 * states.count  // hot in ≥ 90 % of the steps
        if h == 1 { return hot ? .newHotSpot : .newColdSpot }
        if h == run, run >= 2, !most { return hot ? .consecutiveHotSpot : .consecutiveColdSpot }
        if most {
            // Stronger clustering: z rising for hot spots, falling for cold spots.
            if trendP <= alpha && trendZ != 0 {
                let stronger = (trendZ > 0) == hot
                return stronger
                    ? (hot ? .intensifyingHotSpot : .intensifyingColdSpot)
                    : (hot ? .diminishingHotSpot : .diminishingColdSpot)
            }
            return hot ? .persistentHotSpot : .persistentColdSpot
        }
        if states.contains(-sign) { return hot ? .oscillatingHotSpot : .oscillatingColdSpot }
        return hot ? .sporadicHotSpot : .sporadicColdSpot
    }
}
