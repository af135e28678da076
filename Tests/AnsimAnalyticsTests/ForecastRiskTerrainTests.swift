import AnsimAnalytics
import Foundation
import Testing

@Suite struct ForecastRiskTerrainTests {
    /// Events cluster within 150 m of bars; lamps are placed at random. The model keeps a
    /// bar layer with a relative risk above 1 and drops lamps; the ensemble then uses RTM.
    @Test func riskFactorsNearCrimeAreKept() throws {
        var rng = ForecastRandom(seed: 8)
        let bars = (0..<15).map { _ in (300 + rng.uniform() * 2400, 300 + rng.uniform() * 2400) }
        let lamps = (0..<15).map { _ in (rng.uniform() * 3000, rng.uniform() * 3000) }
        var xs: [Double] = []
        var ys: [Double] = []
        var ts: [Double] = []
        for day in 0..<28 {
            for _ in 0..<20 {
                if rng.uniform() < 0.5 {
                    let b = bars[min(14, Int(rng.uniform() * 15))]
                    xs.append(b.0 + 60 * rng.normal())
                    ys.append(b.1 + 60 * rng.normal())
                } else {
                    xs.append(rng.uniform() * 3000)
                    ys.append(rng.uniform() * 3000)
                }
                ts.append(Double(day))
            }
        }
        let events = try ForecastEvents(xs: xs, ys: ys, ts: ts, resolution: 1)
        let factors = try RiskFactors(
            xs: bars.map(\.0) + lamps.map(\.0), ys: bars.map(\.1) + lamps.map(\.1),
            categories: Array(repeating: "bar", count: 15) + Array(repeating: "lamp", count: 15))
        let grid = ForecastTestData.grid
        let model = try RiskTerrainModel.fit(factors: factors, events: events, grid: grid)
        #expect(model.layers.contains { $0.category == "bar" })
        #expect(!model.layers.contains { $0.category == "lamp" })
        #expect(model.relativeRiskValues.allSatisfy { $0 > 1 })
        #expect(model.regression.coefficients.count == model.layers.count + 1)

        var settings = ForecastTestData.settings
        settings.riskFactors = factors
        let rtm = try Forecaster.forecast(.rtm, events: events, grid: grid, settings: settings)
        #expect(rtm.scores.count == grid.count && rtm.scores.allSatisfy { $0.isFinite && $0 > 0 })
        #expect(rtm.parameters.rtm == model)
        let ensemble = try Forecaster.forecast(.ensemble, events: events, grid: grid, settings: settings)
        #expect(
            Set(try #require(ensemble.parameters.ensemble).weights.keys) == [
                "kde", "sepp", "nearrepeat", "rtm",
            ])
    }

    @Test func badFactorsAreRejected() {
        #expect(throws: AnalyticsError.self) { try RiskFactors(xs: [1], ys: [1, 2], categories: ["a"]) }
        #expect(throws: AnalyticsError.self) { try RiskFactors(xs: [.nan], ys: [1], categories: ["a"]) }
        #expect(throws: AnalyticsError.self) { try RiskFactors(xs: [1], ys: [1], categories: [""]) }
    }
}
