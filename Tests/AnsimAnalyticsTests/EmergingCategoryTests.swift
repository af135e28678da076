import AnsimAnalytics
import Foundation
import Testing

/// The patterns of ArcGIS Pro's Emerging Hot Spot Analysis on hand-built cubes: a 9 × 9 grid
/// of 10 steps with a checkerboard background of 9 and 11 counts, and a 3 × 3 block around
/// the centre cell (4, 4) set per step to a hot (30), cold (0) or background value — or a
/// ramp of values for the trends. The centre's space–time Gi* (queen, time lag 0) is then
/// hot (z ≥ 4), cold (z ≤ −4) or not significant (|z| < 1.5) by construction (z values worked
/// out with the formula beside the designs), and its pattern follows.
@Suite struct EmergingCategoryTests {
    static let hot: Double? = 30
    static let cold: Double? = 0
    static let none: Double? = nil

    static func cube(_ blocks: [Double?]) throws -> SpaceTimeCube {
        let (rows, cols) = (9, 9)
        var counts: [Double] = []
        for block in blocks {
            for r in 0..<rows {
                for c in 0..<cols {
                    let background: Double = (r + c) % 2 == 0 ? 9 : 11
                    counts.append(
                        (3...5).contains(r) && (3...5).contains(c) ? block ?? background : background)
                }
            }
        }
        return try SpaceTimeCube(rows: rows, cols: cols, steps: blocks.count, counts: counts)
    }

    static func ramp(_ from: Double, _ to: Double) -> [Double?] {
        (0..<10).map { from + (to - from) * Double($0) / 9 }
    }

    static let cases: [(EmergingCategory, [Double?])] = [
        (.newHotSpot, Array(repeating: none, count: 9) + [hot]),
        (.consecutiveHotSpot, Array(repeating: none, count: 7) + [hot, hot, hot]),
        (.intensifyingHotSpot, ramp(22, 40)),
        (.persistentHotSpot, Array(repeating: hot, count: 10)),
        (.diminishingHotSpot, ramp(40, 22)),
        (.sporadicHotSpot, [hot, none, hot, none, none, hot, none, none, none, hot]),
        (.oscillatingHotSpot, [cold, none, hot, none, none, none, none, none, none, hot]),
        (.historicalHotSpot, Array(repeating: hot, count: 9) + [none]),
        (.newColdSpot, Array(repeating: none, count: 9) + [cold]),
        (.consecutiveColdSpot, Array(repeating: none, count: 7) + [cold, cold, cold]),
        (.intensifyingColdSpot, ramp(5, 0)),
        (.persistentColdSpot, Array(repeating: cold, count: 10)),
        (.diminishingColdSpot, ramp(0, 5)),
        (.sporadicColdSpot, [cold, none, cold, none, none, cold, none, none, none, cold]),
        (.oscillatingColdSpot, [hot, none, cold, none, none, none, none, none, none, cold]),
        (.historicalColdSpot, Array(repeating: cold, count: 9) + [none]),
        (.noPattern, Array(repeating: none, count: 10)),
    ]

    @Test(arguments: cases.indices)
    func centreCellHasThePattern(_ k: Int) throws {
        let (expected, blocks) = Self.cases[k]
        let cube = try Self.cube(blocks)
        let result = try EmergingHotSpots.analyze(cube, options: .init(contiguity: .queen, timeLag: 0))
        let centre = 4 * 9 + 4
        #expect(result.categories[centre] == expected, "\(expected.rawValue)")
        // The design: every step of the centre is clearly hot, cold or neither.
        for (t, block) in blocks.enumerated() {
            let z = result.bins.z[t * 81 + centre]
            if block == nil { #expect(abs(z) < 1.5) } else { #expect(abs(z) >= 4) }
        }
    }

    @Test func everyPatternIsCovered() {
        #expect(Set(Self.cases.map(\.0)) == Set(EmergingCategory.allCases))
    }

    @Test func classifyByStates() {
        func c(_ s: [Int8], _ z: Double = 0, _ p: Double = 1) -> EmergingCategory {
            EmergingCategory.classify(states: s, trendZ: z, trendP: p, alpha: 0.05)
        }
        // 90 % exactly (9 of 10) counts as "at least 90 %".
        #expect(c([1, 1, 1, 1, 1, 1, 1, 1, 1, 0]) == .historicalHotSpot)
        #expect(c([0, 1, 1, 1, 1, 1, 1, 1, 1, 1]) == .persistentHotSpot)
        #expect(c([0, 0, 1, 1, 1, 1, 1, 1, 1, 1]) == .consecutiveHotSpot)
        #expect(c([0, 1, 1, 1, 1, 1, 1, 1, 1, 1], 2.5, 0.01) == .intensifyingHotSpot)
        #expect(c([1, 0, 1, 1]) == .sporadicHotSpot)
        #expect(c([-1, 0, 0, 1]) == .newHotSpot)  // new wins over oscillating (never hot before)
        #expect(c([]) == .noPattern)
    }

    @Test func falseDiscoveryRate() {
        // Benjamini–Hochberg by hand: sorted 0.001 0.008 0.039 0.041 0.042 0.06 …, m = 8, α = 0.05:
        // k/m·α = 0.00625 0.0125 0.01875 0.025 0.03125 …; the largest p₍ₖ₎ ≤ that is p₍₂₎.
        let p = [0.039, 0.001, 0.06, 0.008, 0.041, 0.042, 0.5, 0.9]
        #expect(FalseDiscoveryRate.threshold(p, alpha: 0.05) == 0.008)
        #expect(
            FalseDiscoveryRate.significant(p, alpha: 0.05) == [
                false, true, false, true, false, false, false, false,
            ])
        #expect(FalseDiscoveryRate.threshold([0.5, 0.9], alpha: 0.05) == nil)
    }
}
