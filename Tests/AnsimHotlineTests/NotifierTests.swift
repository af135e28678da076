import AnsimHotline
import AnsimServer
import Crypto
import Foundation
import Hummingbird
import HummingbirdTesting
import Synchronization
import Testing

/// The webhook notifier against a real HTTP endpoint; the SMS text; the hotline routes in
/// the OpenAPI document with their roles.
@Suite struct NotifierTests {
    static let alert = GeofenceAlert(
        level: .violation, tag: "TAG-1", caseID: 1, caseNo: "HL-000001", placeID: 2, placeKind: "home",
        distanceM: 80.1, fixAt: Date(timeIntervalSince1970: 1_790_000_000), late: false,
        recipients: ["victim:V-0000000A", "police_org:3"])

    @Test func theWebhookPostsSignedJSON() async throws {
        let received = Mutex<[(String, Data)]>([])
        let router = Router()
        router.post("/hook") { request, _ -> HTTPResponse.Status in
            let body = try await request.body.collect(upTo: 1 << 20)
            let signature =
                request.headers.first(where: { $0.name.canonicalName == "x-ansim-signature" })?.value ?? ""
            received.withLock { $0.append((signature, Data(body.readableBytesView))) }
            return .ok
        }
        router.post("/broken") { _, _ -> HTTPResponse.Status in .internalServerError }
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        let secret = Array("hook secret".utf8)
        try await app.test(.live) { client in
            let port = try #require(client.port)
            // A generous timeout: the suite runs in parallel with the others on a small CI
            // machine, and this test checks the signed body, not the latency (the 5 s
            // default once timed out on loopback there).
            try await WebhookNotifier(url: URL(string: "http://127.0.0.1:\(port)/hook")!, secret: secret, timeout: 60)
                .deliver([Self.alert])
            let failing = WebhookNotifier(url: URL(string: "http://127.0.0.1:\(port)/broken")!, timeout: 60)
            await #expect(throws: NotifierError.self) { try await failing.deliver([Self.alert]) }
        }
        let (signature, body) = try #require(received.withLock { $0.first })
        let json = try #require(try JSONSerialization.jsonObject(with: body) as? [String: [[String: Any]]])
        #expect(json["alerts"]?.first?["case_no"] as? String == "HL-000001")
        let mac = HMAC<Crypto.SHA256>.authenticationCode(for: body, using: SymmetricKey(data: secret))
        #expect(signature == "sha256=" + mac.map { String(format: "%02x", $0) }.joined())
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
