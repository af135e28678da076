import AnsimAnalytics
import Testing

@Suite struct ForecastBacktestTests {
    /// A small-data smoke run of the rolling-origin harness: two weekly test periods.
    @Test func smokeRun() throws {
        let events = try ForecastTestData.events()
        let baselines = [
            KDEForecast.Parameters(bandwidth: 150, lookback: nil),
            KDEForecast.Parameters(bandwidth: 300, lookback: 14),
        ]
        let report = try Backtest.run(
            events: events, grid: ForecastTestData.grid, origins: [28, 35],
            methods: [.kde, .sepp, .nearrepeat, .ensemble],
            baselines: baselines, coverages: [0.05, 0.1], settings: ForecastTestData.settings)
        #expect(report.rows.count == 12)
        #expect(report.origins == ["1970-01-29", "1970-02-05"])
        #expect(report.parameters.count == 2)
        for row in report.rows {
            #expect(row.periods.count == 2)
            #expect(row.pai.isFinite && row.pai > 0 && row.hitRate <= 1 && row.pei <= 1)
        }
        let best = try #require(report.bestBaseline(coverage: 0.05))
        #expect(best.kind == .baseline)
        let table = report.markdown()
        #expect(table.contains("| ensemble |") && table.contains("(fixed)"))
        #expect(throws: AnalyticsError.self) {
            try Backtest.run(
                events: events, grid: ForecastTestData.grid, origins: [], methods: [.kde], baselines: [],
                coverages: [0.05], settings: ForecastTestData.settings)
        }
    }
}
