import AnsimAnalytics
import Foundation
import Testing

/// `BacktestReport.merged`: test periods computed apart (one Dask task each) give, put
/// back together, the report of one run over all of them — bit for bit.
@Suite struct ForecastBacktestMergeTests {
    static let baselines = [
        KDEForecast.Parameters(bandwidth: 150, lookback: nil),
        KDEForecast.Parameters(bandwidth: 300, lookback: 14),
    ]

    static func run(_ origins: [Double]) throws -> BacktestReport {
        try Backtest.run(
            events: try ForecastTestData.events(), grid: ForecastTestData.grid, origins: origins,
            methods: [.kde, .nearrepeat], baselines: baselines, coverages: [0.05, 0.1],
            settings: ForecastTestData.settings, ceiling: true)
    }

    static func json(_ report: BacktestReport) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(report), as: UTF8.self)
    }

    @Test func periodsComputedApartMergeIntoTheWholeRun() throws {
        let whole = try Self.run([28, 35, 42])
        // Parts in any order, one of them holding two periods; through JSON, as the files go.
        let parts = try [Self.run([42]), Self.run([28, 35])].map {
            try JSONDecoder().decode(BacktestReport.self, from: Data(Self.json($0).utf8))
        }
        let merged = try BacktestReport.merged(parts, origins: whole.origins)
        #expect(try Self.json(merged) == Self.json(whole))
        #expect(merged.markdown() == whole.markdown())
        #expect(merged.rows.allSatisfy { $0.periods.count == 3 })
    }

    @Test func partsThatDoNotMakeTheWholeAreRefusedByName() throws {
        let a = try Self.run([28])
        let b = try Self.run([35])
        let origins = ["1970-01-29", "1970-02-05"]
        func refusal(_ parts: [BacktestReport], _ origins: [String]) -> String {
            do {
                _ = try BacktestReport.merged(parts, origins: origins)
                return "merged"
            } catch { return "\(error)" }
        }
        #expect(refusal([a], origins).contains("no report of period 1970-02-05"))
        #expect(refusal([a, b, a], origins).contains("period 1970-01-29 is given twice"))
        #expect(refusal([a, b], ["1970-01-29"]).contains("period 1970-02-05 is not one of this backtest's"))
        #expect(refusal([], origins).contains("no period reports"))
        var other = b
        other.grid = "1×1"
        #expect(refusal([a, other], origins).contains("another grid"))
        var fewer = b
        fewer.rows.removeLast()
        #expect(refusal([a, fewer], origins).contains("other rows"))
    }
}
