import AnsimSupport
import AnsimTestSupport
import Foundation
import Testing

/// `ansim bench analytics --quick` end to end on small inputs (its speed is not tested:
/// tests never time things). Without the reference it must run every stage; with the pinned
/// reference environment present, Ansim and PySAL esda / scipy must compute the same numbers.
@Suite struct BenchAnalyticsTests {
    func run(_ arguments: [String]) throws -> [[String: Any]] {
        let result = try TestEnvironment.ansim(
            ["bench", "analytics", "--quick", "--json"] + arguments,
            environment: TestEnvironment.environment())
        #expect(result.status == 0, "\(result.error)")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(json["benchmark"] as? String == "analytics")
        return try #require(json["tests"] as? [[String: Any]])
    }

    @Test func quickRunWithoutReferenceRunsEveryStage() throws {
        let tests = try run(["--no-reference"])
        #expect(tests.map { $0["test"] as? String } == ["gistar", "moran", "kde"])
        for t in tests {
            #expect(t["ansim_seconds"] is Double)
            #expect(t["reference_seconds"] == nil)
            #expect((t["ansim_peak_bytes"] as? Int ?? 0) > 0)
        }
        #expect(tests[2]["size"] as? String == "50000 pts, 100×100 cells of 30 m, h 250 m")
    }

    @Test(
        .enabled(
            if: FileManager.default.isExecutableFile(
                atPath: TestEnvironment.repositoryRoot + "/.venv-ref/bin/python"),
            "needs .venv-ref (scripts/reference-env.sh)"))
    func quickRunAgreesWithTheReferences() throws {
        let tests = try run(["--only", "gistar,moran,kde"])
        let agreement = Dictionary(
            uniqueKeysWithValues: tests.map {
                ($0["test"] as? String ?? "", $0["agreement"] as? Double ?? .infinity)
            })
        #expect(agreement["gistar"]! < 1e-9)  // max |Δz|
        #expect(agreement["moran"]! < 1e-9)  // max |ΔI|
        #expect(agreement["kde"]! < 1e-9)  // max relative Δ density
        for t in tests { #expect((t["reference_peak_bytes"] as? Int ?? 0) > 0) }
    }
}
