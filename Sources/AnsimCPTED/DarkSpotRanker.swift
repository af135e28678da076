/// Ranks places by darkness: high risk where protection is low.
public enum DarkSpotRanker {
    /// Scores every place and returns them darkest first (ties by index).
    public static func rank(_ places: [ProtectionProfile], cameraRadius: Double) -> [DarkSpot] {
        let sorted = places.map(\.risk).sorted()
        func percentile(_ v: Double) -> Double {
            guard sorted.count > 1 else { return 1 }
            var lo = 0
            var hi = sorted.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if sorted[mid] < v { lo = mid + 1 } else { hi = mid }
            }
            return Double(lo) / Double(sorted.count - 1)
        }
        let spots = places.enumerated().map { i, p -> DarkSpot in
            let protection = min(
                1,
                0.4 * min(Double(p.cameras), 4) / 4 + 0.3 * min(Double(p.lights), 10) / 10 + 0.15
                * min(Double(p.safePlaces), 2) / 2 + 0.15 * max(0, 1 - p.policeDistance / 1500))
            var reasons: [String] = []
            if p.cameras == 0 { reasons.append("no camera within \(Int(cameraRadius)) m") }
            if p.lights == 0 { reasons.append("no security light") }
            if p.safePlaces == 0 { reasons.append("no safe house or parcel box within 300 m") }
            if p.policeDistance > 1000 { reasons.append("police box \(Int(p.policeDistance.rounded())) m away") }
            let r = percentile(p.risk)
            return DarkSpot(index: i, riskPercentile: r, protection: protection, score: r * (1 - protection), reasons: reasons)
        }
        return spots.sorted { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }
    }
}
