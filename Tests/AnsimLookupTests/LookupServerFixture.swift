import AnsimLookup
import AnsimLookupServer
import AnsimLookupStore
import AnsimServer
import AnsimStore
import AnsimSupport
import AnsimTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging

/// The server with the lookup module over a ``LookupFixture`` database, one account per
/// role (dispatcher, two patrol officers, analyst, admin), a manual clock at the end of
/// the synthetic tracks.
final class LookupServerFixture: @unchecked Sendable {
    let data: LookupFixture
    let clock = ServerClock.manual(start: Date(timeIntervalSince1970: Double(LookupFixture.until) / 1000 + 3600))
    let server: ServerApplication
    let module: LookupModule
    static let password = "correct horse battery"

    init(_ prefix: String) throws {
        data = try LookupFixture(prefix)
        let cipher = try FieldCipher(keys: [1: [UInt8](repeating: 7, count: 32)], currentKeyID: 1)
        let database = APIDatabase(settings: data.settings, maximumConnections: 4)
        let auth = AuthService(
            database: database, signer: SessionSigner(secret: Array(repeating: 1, count: 32)), cipher: cipher,
            clock: clock)
        let context = ServerContext(
            database: database, auth: auth, cipher: cipher, metrics: ServerMetrics(), clock: clock)
        var logger = Logger(label: "ansim.test")
        logger.logLevel = .warning
        module = LookupModule(store: data.store, listen: false)
        server = ServerApplication(
            configuration: .init(), context: context, modules: [module],
            logger: logger)
        let org = try AccountStore.organisation("강남경찰서-test", kind: "police", on: data.db)
        for (user, role) in [
            ("dp.one", AppRole.dispatcher), ("po.one", .patrolOfficer), ("po.two", .patrolOfficer),
            ("an.one", .analyst), ("ad.one", .admin),
        ] {
            _ = try AccountStore.create(
                username: user, role: role, orgID: org, password: Self.password, cipher: cipher,
                hasher: PasswordHasher(logN: 4), on: data.db)
        }
    }

    /// Logs in and returns the token.
    func login(_ client: some TestClientProtocol, _ username: String) async throws -> String {
        let body = try JSONSerialization.data(withJSONObject: ["username": username, "password": Self.password])
        return try await client.execute(uri: "/auth/login", method: .post, body: ByteBuffer(bytes: body)) { r in
            guard r.status == .ok else { throw AnsimError("login \(username): \(r.status.code)") }
            let json = try JSONSerialization.jsonObject(with: Data(r.body.readableBytesView)) as! [String: Any]
            return json["token"] as! String
        }
    }

    /// Sends `body` and returns the status and body text.
    func send(
        _ c: some TestClientProtocol, _ method: HTTPRequest.Method, _ uri: String, token: String?, body: String? = nil
    ) async throws -> (Int, String) {
        try await c.execute(
            uri: uri, method: method,
            headers: token.map { [.authorization: "Bearer " + $0] } ?? [:],
            body: body.map { ByteBuffer(string: $0) }
        ) { ($0.status.code, String(buffer: $0.body)) }
    }

    /// A lookup body at the scene of the first synthetic wearer's fix.
    func sceneBody(extra: String = "") throws -> String {
        let r = try data.db.query(
            "SELECT ST_X(geom), ST_Y(geom), (extract(epoch FROM at) * 1000)::bigint FROM gps_fix ORDER BY person_id, at LIMIT 1",
            purpose: "a scene")[0]
        let t = ISOTime.format(try r.decode(Int64.self, at: 2))
        return "{\"x\":\(try r.decode(Double.self, at: 0)),\"y\":\(try r.decode(Double.self, at: 1)),\"time\":\"\(t)\",\"code\":1,\"incident_class\":\"성폭력\",\"radius\":800\(extra)}"
    }
}
