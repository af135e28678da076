import AnsimAnalytics
import Foundation
import Testing

/// Small date-only crime data: a seeded Hawkes process over 42 days on a 3 km square.
enum ForecastTestData {
    static let grid = Grid(bbox: 0, 0, 3000, 3000, cell: 100)
    static let settings = ForecastSettings(horizon: 7, coverage: 0.05, seed: 1)

    /// Days 0…41 (dates 1970-01-01 …), about 1,300 events.
    static func events(seed: UInt64 = 21) throws -> ForecastEvents {
        var truth = HawkesSimulation.Truth()
        truth.mu = 15
        truth.theta = 0.4
        truth.omega = 0.5
        truth.sigma = 60
        truth.side = 3000
        let sim = HawkesSimulation.run(truth, days: 42, seed: seed)
        let inside = sim.xs.indices.filter {
            sim.xs[$0] > 0 && sim.xs[$0] < 3000 && sim.ys[$0] > 0 && sim.ys[$0] < 3000
        }
        return try ForecastEvents(
            xs: inside.map { sim.xs[$0] }, ys: inside.map { sim.ys[$0] },
            ts: inside.map { sim.ts[$0].rounded(.down) }, resolution: 1)
    }
}

@Suite struct ForecastEnsembleTests {
    /// Moving, dropping or adding events after the origin changes nothing the backtest
    /// forecasts from that origin: every method's scores and chosen parameters.
    @Test func noLookAhead() throws {
        let events = try ForecastTestData.events()
        let origin = 35.0
        let future = events.within(origin, .infinity)
        let past = events.before(origin)
        var rng = ForecastRandom(seed: 4)
        let moved = (0..<future.count).map { _ in (rng.uniform() * 3000, rng.uniform() * 3000) }
        let perturbed = try ForecastEvents(
            xs: moved.map(\.0) + past.xs + [1500], ys: moved.map(\.1) + past.ys + [1500],
            ts: future.ts.reversed() + past.ts + [origin + 1], resolution: 1)
        let methods: [ForecastMethod] = [.kde, .sepp, .nearrepeat, .ensemble]
        let a = try Backtest.forecasts(
            events: events, grid: ForecastTestData.grid, origin: origin, methods: methods, baselines: [],
            settings: ForecastTestData.settings)
        let b = try Backtest.forecasts(
            events: perturbed, grid: ForecastTestData.grid, origin: origin, methods: methods, baselines: [],
            settings: ForecastTestData.settings)
        #expect(a.parameters == b.parameters)
        for (x, y) in zip(a.surfaces, b.surfaces) { #expect(x.0 == y.0 && x.1 == y.1) }
        let direct = try Forecaster.forecast(
            .ensemble, events: past, grid: ForecastTestData.grid, settings: ForecastTestData.settings)
        #expect(direct.scores == a.surfaces[3].1)
        #expect(direct.parameters.innerFolds == ["1970-01-29", "1970-01-22"])
    }

    @Test func sameSeedSameForecastAndEveryCellScored() throws {
        let events = try ForecastTestData.events()
        let grid = ForecastTestData.grid
        let one = try Forecaster.forecast(
            .ensemble, events: events, grid: grid, settings: ForecastTestData.settings)
        let again = try Forecaster.forecast(
            .ensemble, events: events, grid: grid, settings: ForecastTestData.settings)
        #expect(one.scores == again.scores && one.parameters == again.parameters)
        #expect(one.scores.count == grid.count && one.scores.allSatisfy { $0.isFinite && $0 >= 0 })
        #expect(one.origin == 42 && one.horizon == 7)
        let weights = try #require(one.parameters.ensemble).weights
        #expect(Set(weights.keys) == ["kde", "sepp", "nearrepeat"])
        #expect(abs(weights.values.reduce(0, +) - 1) < 1e-9)
        var other = ForecastTestData.settings
        other.seed = 2
        let sepp1 = try Forecaster.forecast(
            .sepp, events: events, grid: grid, settings: ForecastTestData.settings)
        let sepp2 = try Forecaster.forecast(.sepp, events: events, grid: grid, settings: other)
        #expect(sepp1.parameters.sepp != sepp2.parameters.sepp)
        for method in [ForecastMethod.kde, .sepp, .nearrepeat] {
            let f = try Forecaster.forecast(
                method, events: events, grid: grid, settings: ForecastTestData.settings)
            #expect(f.scores.count == grid.count && f.scores.allSatisfy { $0.isFinite && $0 >= 0 })
            #expect(f.parameters.innerPAI?[method.rawValue] != nil)
        }
    }

    @Test func clearErrors() throws {
        let grid = ForecastTestData.grid
        let empty = try ForecastEvents(xs: [], ys: [], ts: [])
        #expect(throws: AnalyticsError("forecast: there are no training events")) {
            try Forecaster.forecast(.kde, events: empty, grid: grid, settings: ForecastTestData.settings)
        }
        let outside = try ForecastEvents(xs: [-5], ys: [-5], ts: [0])
        #expect(throws: AnalyticsError("forecast: none of the 1 training events lies inside the grid")) {
            try Forecaster.forecast(.kde, events: outside, grid: grid, settings: ForecastTestData.settings)
        }
        let events = try ForecastTestData.events()
        #expect(throws: AnalyticsError.self) {
            try Forecaster.forecast(.rtm, events: events, grid: grid, settings: ForecastTestData.settings)
        }
        var bad = ForecastTestData.settings
        bad.horizon = 0
        #expect(throws: AnalyticsError.self) {
            try Forecaster.forecast(.kde, events: events, grid: grid, settings: bad)
        }
        #expect(throws: AnalyticsError("no training events (the file has a header but no rows)")) {
            try ForecastInput.events(x: [], y: [], t: [])
        }
        #expect(throws: AnalyticsError("row 3: t = \"2016-02-30\" is not an ISO date or date-time")) {
            try ForecastInput.events(x: ["1", "2"], y: ["1", "2"], t: ["2016-02-01", "2016-02-30"])
        }
        for h in ["7x", "0d", "-1d", "", "d", "nand"] {
            #expect(throws: AnalyticsError.self) { try ForecastInput.horizon(h) }
        }
        #expect(try ForecastInput.horizon("12h") == 0.5 && ForecastInput.horizon("2w") == 14)
        #expect(throws: AnalyticsError("--bbox 10,0,10,5: xmax (10.0) must be greater than xmin (10.0)")) {
            try ForecastInput.grid(bbox: "10,0,10,5", cell: 1)
        }
        #expect(throws: AnalyticsError("--bbox 0,5,10,5: ymax (5.0) must be greater than ymin (5.0)")) {
            try ForecastInput.grid(bbox: "0,5,10,5", cell: 1)
        }
        #expect(throws: AnalyticsError.self) { try ForecastInput.grid(bbox: "0,0,10", cell: 1) }
        #expect(throws: AnalyticsError.self) { try ForecastInput.grid(bbox: "0,0,10,10", cell: 0) }
        #expect(
            try ForecastInput.grid(bbox: "0,0,1000,450", cell: 100) == Grid(bbox: 0, 0, 1000, 450, cell: 100))
    }

    @Test func timesAndDurations() {
        #expect(ForecastTime.parse("2016-08-31")! == (17044, true))
        #expect(ForecastTime.parse("2016-08-31T12:00:00Z")! == (17044.5, false))
        #expect(ForecastTime.parse("2016-08-31 12:00")! == (17044.5, false))
        #expect(ForecastTime.parse("2016-08-31T14:00:00+02:00")! == (17044.5, false))
        #expect(ForecastTime.parse("2016-08-31T12:00:30.5")!.days == 17044.5 + 30.5 / 86_400)
        for bad in ["2016-02-30", "2016-13-01", "2016-08-31T25:00", "31/08/2016", "2016-08-31T12", ""] {
            #expect(ForecastTime.parse(bad) == nil)
        }
        #expect(ForecastTime.format(17044) == "2016-08-31")
        #expect(ForecastTime.format(17044.5) == "2016-08-31T12:00:00Z")
    }
}
