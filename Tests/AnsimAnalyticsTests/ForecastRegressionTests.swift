import AnsimAnalytics
import Foundation
import Testing

/// Poisson and NB2 regression against statsmodels 0.14.6 (scripts/fixtures/forecast.py).
@Suite struct ForecastRegressionTests {
    struct Expected: Decodable {
        struct Fit: Decodable {
            let params: [Double]
            let bse: [Double]
            let llf: Double
            let deviance: Double
            let pearsonChi2: Double
            let alpha: Double?

            enum CodingKeys: String, CodingKey {
                case params, bse, llf, deviance, alpha
                case pearsonChi2 = "pearson_chi2"
            }
        }
        struct CT: Decodable {
            let alpha: Double
            let t: Double
        }
        let poisson: Fit
        let nbFixed: Fit
        let nbMoment: Fit
        let ctTest: CT

        enum CodingKeys: String, CodingKey {
            case poisson
            case nbFixed = "nb_fixed"
            case nbMoment = "nb_moment"
            case ctTest = "ct_test"
        }
    }

    static func fixture() throws -> (y: [Double], columns: [[Double]], expected: Expected) {
        let csv = try #require(
            Bundle.module.url(
                forResource: "forecast_regression", withExtension: "csv", subdirectory: "Fixtures"))
        let json = try #require(
            Bundle.module.url(
                forResource: "forecast_regression", withExtension: "json", subdirectory: "Fixtures"))
        let rows = try String(contentsOf: csv, encoding: .utf8).split(separator: "\n").dropFirst().map {
            $0.split(separator: ",").map { Double($0)! }
        }
        let columns = (1...3).map { k in rows.map { $0[k] } }
        let expected = try JSONDecoder().decode(Expected.self, from: Data(contentsOf: json))
        return (rows.map { $0[0] }, columns, expected)
    }

    func expectClose(_ fit: RegressionResult, _ e: Expected.Fit) {
        for (a, b) in zip(fit.coefficients, e.params) { #expect(abs(a - b) < 1e-6) }
        for (a, b) in zip(fit.standardErrors, e.bse) { #expect(abs(a - b) < 1e-6) }
        #expect(fit.coefficients.count == e.params.count)
        #expect(abs(fit.logLikelihood - e.llf) < 1e-6 * abs(e.llf))
        #expect(abs(fit.deviance - e.deviance) < 1e-6 * e.deviance)
        #expect(abs(fit.pearsonChi2 - e.pearsonChi2) < 1e-6 * e.pearsonChi2)
    }

    @Test func poissonMatchesStatsmodels() throws {
        let (y, columns, expected) = try Self.fixture()
        let fit = try PoissonRegression.fit(y: y, columns: columns)
        #expect(fit.family == .poisson && fit.alpha == 0)
        expectClose(fit, expected.poisson)
    }

    @Test func negativeBinomialWithFixedAlphaMatchesStatsmodels() throws {
        let (y, columns, expected) = try Self.fixture()
        let fit = try NegativeBinomialRegression.fit(y: y, columns: columns, alpha: 0.6)
        #expect(fit.family == .negativeBinomial)
        expectClose(fit, expected.nbFixed)
    }

    @Test func negativeBinomialMomentAlphaMatchesTheReference() throws {
        let (y, columns, expected) = try Self.fixture()
        let fit = try NegativeBinomialRegression.fit(y: y, columns: columns)
        #expect(abs(fit.alpha - expected.nbMoment.alpha!) < 1e-6)
        expectClose(fit, expected.nbMoment)
    }

    @Test func cameronTrivediTestMatchesOLS() throws {
        let (y, columns, expected) = try Self.fixture()
        let fit = try PoissonRegression.fit(y: y, columns: columns)
        let mu = y.indices.map { i in
            exp(fit.coefficients[0] + (0..<3).reduce(0) { $0 + fit.coefficients[$1 + 1] * columns[$1][i] })
        }
        let test = PoissonRegression.overdispersion(y: y, mu: mu)
        #expect(abs(test.alpha - expected.ctTest.alpha) < 1e-6)
        #expect(abs(test.t - expected.ctTest.t) < 1e-6)
        #expect(test.t > 1.645)
    }

    @Test func badInputsAreOneLineErrors() {
        #expect(throws: AnalyticsError.self) { try PoissonRegression.fit(y: [1, 2], columns: [[1, 2]]) }
        #expect(throws: AnalyticsError.self) {
            try PoissonRegression.fit(y: [1, -2, 3, 4], columns: [[1, 2, 3, 4]])
        }
        #expect(throws: AnalyticsError.self) {
            try PoissonRegression.fit(y: [1, 2, 3, 4], columns: [[1, 2, 3, 4], [2, 4, 6, 8]])
        }
    }
}
