import AnsimSupport
import AnsimTestSupport
import Foundation
import Testing

/// `ansim bench emerging --quick` end to end on a 40 × 40 × 12 cube (its speed is not tested:
/// tests never time things). With the pinned reference environment present, Ansim and the
/// numpy/scipy reference must agree on every trend z and every category.
@Suite struct BenchEmergingTests {
    func run(_ arguments: [String]) throws -> [String: Any] {
        let result = try TestEnvironment.ansim(
            ["bench", "emerging", "--quick", "--json"] + arguments, environment: TestEnvironment.environment()
        )
        #expect(result.status == 0, "\(result.error)")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(json["benchmark"] as? String == "emerging")
        #expect(json["size"] as? String == "40×40×12")
        return json
    }

    @Test func quickRunWithoutReference() throws {
        let json = try run(["--no-reference"])
        #expect(json["ansim_seconds"] is Double)
        #expect(json["reference_seconds"] == nil)
        let categories = try #require(json["categories"] as? [String: Int])
        #expect(categories.values.reduce(0, +) == 1600)
    }

    @Test(
        .enabled(
            if: FileManager.default.isExecutableFile(
                atPath: TestEnvironment.repositoryRoot + "/.venv-ref/bin/python"),
            "needs .venv-ref (scripts/reference-env.sh)"))
    func quickRunAgreesWithTheReference() throws {
        let json = try run([])
        #expect((json["max_abs_delta_trend_z"] as? Double ?? .infinity) < 1e-9)
        #expect(json["categories_differing"] as? Int == 0)
    }
}
