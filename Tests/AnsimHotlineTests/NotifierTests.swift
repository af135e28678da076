import AnsimHotline
import AnsimServer
import AnsimTestSupport
import Crypto
import Foundation
import Testing

/// The webhook notifier against a real HTTP endpoint; the SMS text; the hotline routes in
/// the OpenAPI document with their roles.
@Suite struct NotifierTests {
    static let alert = GeofenceAlert(
        level: .violation, tag: "TAG-1", caseID: 1, caseNo: "HL-000001", placeID: 2, placeKind: "home",
        distanceM: 80.1, fixAt: Date(timeIntervalSince1970: 1_790_000_000), late: false,
        recipients: ["victim:V-0000000A", "police_org:3"])

    @Test func theWebhookPostsSignedJSON() async throws {
        // Thread-served endpoints (not a server on the shared cooperative pool, which other
        // suites' blocking work can hold past any timeout on a two-core CI machine).
        let hook = try WebhookTestServer(statuses: [200])
        let broken = try WebhookTestServer(statuses: [500])
        defer {
            hook.stop()
            broken.stop()
        }
        let secret = Array("hook secret".utf8)
        try await WebhookNotifier(url: URL(string: hook.url)!, secret: secret, timeout: 60).deliver([
            Self.alert
        ])
        let failing = WebhookNotifier(url: URL(string: broken.url)!, timeout: 60)
        await #expect(throws: NotifierError.self) { try await failing.deliver([Self.alert]) }
        #expect(broken.requests.count == 1)
        let request = try #require(hook.requests.first)
        let body = Data(request.body)
        let json = try #require(try JSONSerialization.jsonObject(with: body) as? [String: [[String: Any]]])
        #expect(json["alerts"]?.first?["case_no"] as? String == "HL-000001")
        let mac = HMAC<Crypto.SHA256>.authenticationCode(for: body, using: SymmetricKey(data: secret))
        #expect(
            request.headers["x-ansim-signature"] == "sha256="
                + mac.map { String(format: "%02x", $0) }.joined())
    }

    @Test func smsTextCarriesNoName() {
        #expect(
            SMSNotifier.text(Self.alert)
                == "[Ansim VIOLATION] case HL-000001: tagged offender 80 m from protected home")
    }

    @Test func everyHotlineRouteIsDocumentedWithItsRoles() throws {
        let f = try HotlineFixture("hotline_doc")
        let hotline = f.server.routes.filter { $0.path.hasPrefix("/hotline") }
        #expect(hotline.count == 13)
        for spec in hotline {
            let roles = try #require(spec.roles).map(\.rawValue).sorted().joined(separator: ", ")
            let block =
                "    \(spec.method.rawValue.lowercased()):\n      summary: \(spec.summary)\n      tags: [\(spec.tag)]\n"
                + "      security:\n        - bearer: []\n      x-ansim-roles: [\(roles)]\n"
            #expect(f.server.openAPI.contains(block), "\(spec.method) \(spec.path)")
            #expect(!roles.contains("admin") && !(roles.contains("analyst") && spec.path.contains("{id}")))
        }
    }
}
