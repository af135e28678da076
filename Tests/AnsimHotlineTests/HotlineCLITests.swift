import AnsimStore
import AnsimSupport
import AnsimTestSupport
import Foundation
import Testing

/// `ansim account`, `ansim hotline …` and `ansim audit verify` as a user runs them, against
/// a scratch database (DATABASE_URL) with keys in the environment.
@Suite struct HotlineCLITests {
    @Test func openShowSupportAlertsAndVerifyFromTheCommandLine() throws {
        let (name, admin) = try TestDatabase.migratedScratch("hotline_cli")
        defer { TestDatabase.dropScratch(name) }
        _ = admin
        var env = TestEnvironment.environment()
        env["DATABASE_URL"] = try TestDatabase.url(database: name)
        env["ANSIM_FIELD_KEYS"] = "1:" + Data(repeating: 9, count: 32).base64EncodedString()
        func ansim(_ args: [String], input: String? = nil) throws -> Subprocess.Result {
            try Subprocess.run(
                TestEnvironment.ansimBinary, args, input: input.map { Data($0.utf8) }, environment: env,
                inheritEnvironment: false)
        }
        let add = try ansim(
            ["account", "add", "--username", "wk", "--role", "hotline_worker", "--org", "시청A"],
            input: "a long enough password\n")
        #expect(add.status == 0, "\(add.error)")
        #expect(add.output.contains("TOTP secret (shown once): "))
        _ = try ansim(
            ["account", "add", "--username", "wk2", "--role", "hotline_worker", "--org", "시청B"],
            input: "a long enough password\n")
        let open = try ansim([
            "hotline", "case", "open", "--as", "wk", "--city-org", "시청A", "--victim-name", "합성 피해자",
            "--offender-tag", "TAG-9", "--json",
        ])
        #expect(open.status == 0, "\(open.error)")
        let json = try JSONSerialization.jsonObject(with: Data(open.output.utf8)) as? [String: Any]
        let id = try #require(json?["id"] as? Int)
        #expect(json?["victim_name"] as? String == "합성 피해자")
        let support = try ansim([
            "hotline", "support", "add", "\(id)", "--as", "wk", "--programme", "relocation", "--amount",
            "2000001",
            "--on", "2026-11-20",
        ])
        #expect(support.status == 1)
        #expect(support.error.contains("would exceed the 2000000 KRW cap"))
        let other = try ansim(["hotline", "case", "show", "\(id)", "--as", "wk2"])
        #expect(other.status == 1)
        #expect(other.error.contains("case \(id) not found"))
        #expect(try ansim(["hotline", "alerts", "--as", "wk"]).output == "no alerts\n")
        let verify = try ansim(["audit", "verify"])
        #expect(verify.status == 0)
        #expect(verify.output.hasPrefix("audit chain intact: "))
        let noKeys = try Subprocess.run(
            TestEnvironment.ansimBinary, ["hotline", "case", "show", "\(id)", "--as", "wk"],
            environment: env.filter { $0.key != "ANSIM_FIELD_KEYS" }, inheritEnvironment: false)
        #expect(noKeys.error.contains("no field encryption key"))
    }
}
