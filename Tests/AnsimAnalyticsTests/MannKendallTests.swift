import AnsimAnalytics
import Foundation
import Testing

/// Mann–Kendall against pymannkendall 1.4.3 `original_test` on the series of
/// scripts/fixtures/emerging.py (ties, trends, no trend, a short series).
@Suite struct MannKendallTests {
    @Test func matchesPymannkendall() throws {
        let series = try Fixture("mannkendall_series")
        let expected = try Fixture("mannkendall_expected")
        let ids = expected["series"]
        #expect(ids.count == 7)
        for (k, id) in ids.enumerated() {
            let x = zip(series["series"], series["x"]).filter { $0.0 == id }.map(\.1)
            #expect(Double(x.count) == expected["n"][k])
            let r = try MannKendall.test(x)
            #expect(r.s == expected["s"][k], "series \(id)")
            #expect(abs(r.tau - expected["tau"][k]) <= 1e-12, "series \(id)")
            #expect(abs(r.variance - expected["var_s"][k]) <= 1e-9, "series \(id)")
            #expect(abs(r.z - expected["z"][k]) <= 1e-9, "series \(id)")
            #expect(abs(r.p - expected["p"][k]) <= 1e-9, "series \(id)")
        }
    }

    @Test func handWorkedSeries() throws {
        // 1 3 2 4: pairs (+,+,+,−,+,+) → S = 4; Var = 4·3·13/18 = 26/3; z = 3/√(26/3).
        let r = try MannKendall.test([1, 3, 2, 4])
        #expect(r.s == 4)
        #expect(abs(r.tau - 4.0 / 6) <= 1e-15)
        #expect(abs(r.variance - 26.0 / 3) <= 1e-12)
        #expect(abs(r.z - 3 / (26.0 / 3).squareRoot()) <= 1e-12)
    }

    @Test func noVarianceMeansNoTrend() throws {
        for x in [[Double](), [2], [5, 5, 5, 5]] {
            let r = try MannKendall.test(x)
            #expect(r.z == 0 && r.p == 1 && r.s == 0)
        }
    }

    @Test func rejectsNaN() {
        #expect(throws: AnalyticsError("Mann–Kendall: step 2 is nan, not a finite number")) {
            try MannKendall.test([1, 2, .nan])
        }
    }
}
