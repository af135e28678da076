import AnsimMap
import AnsimServer
import AnsimStore
import AnsimSupport
import AnsimTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging

/// A server with the map module on a migrated scratch database holding ``MapSeed``'s
/// features, with an analyst, an admin and a hotline worker (low scrypt cost, test only).
final class MapFixture: @unchecked Sendable {
    let name: String
    let admin: Connection
    let clock = ServerClock.manual()
    let context: ServerContext
    let server: ServerApplication
    let runs: (oldHot: Int64, hot: Int64, forecast: Int64, patrol: Int64)
    var totp: [String: [UInt8]] = [:]
    static let password = "map test password"

    init(_ prefix: String) throws {
        (name, admin) = try TestDatabase.migratedScratch(prefix)
        let cipher = try FieldCipher(keys: [1: [UInt8](repeating: 9, count: 32)], currentKeyID: 1)
        let database = APIDatabase(settings: .url(try TestDatabase.url(database: name)), maximumConnections: 4)
        let auth = AuthService(
            database: database, signer: SessionSigner(secret: Array(repeating: 2, count: 32)), cipher: cipher,
            clock: clock)
        context = ServerContext(database: database, auth: auth, cipher: cipher, metrics: ServerMetrics(), clock: clock)
        var logger = Logger(label: "ansim.test")
        logger.logLevel = .warning
        server = ServerApplication(configuration: .init(), context: context, modules: [MapModule()], logger: logger)
        runs = try MapSeed.write(on: admin)
        let city = try AccountStore.organisation("city-a", kind: "city", on: admin)
        let police = try AccountStore.organisation("police-a", kind: "police", on: admin)
        for (user, role, org) in [
            ("ana", AppRole.analyst, police), ("adm", .admin, police), ("wk", .hotlineWorker, city),
            ("disp", .dispatcher, police),
        ] {
            let e = try AccountStore.create(
                username: user, role: role, orgID: org, password: Self.password, cipher: cipher,
                hasher: PasswordHasher(logN: 4), on: admin)
            if let s = e.totpSecret { totp[user] = Base32.decode(s) }
        }
    }

    deinit { TestDatabase.dropScratch(name) }

    /// Logs `username` in through the API and returns the token.
    func login(_ client: some TestClientProtocol, _ username: String) async throws -> String {
        var fields = ["username": username, "password": Self.password]
        if let secret = totp[username] {
            clock.advance(by: 30)
            let t = TOTP(secret: secret)
            fields["totp"] = t.code(step: t.step(at: clock.now()))
        }
        let body = try JSONSerialization.data(withJSONObject: fields)
        return try await client.execute(uri: "/auth/login", method: .post, body: ByteBuffer(bytes: body)) { r in
            guard r.status == .ok else { throw AnsimError("login \(username): \(r.status.code) \(String(buffer: r.body))") }
            let json = try JSONSerialization.jsonObject(with: Data(r.body.readableBytesView)) as! [String: Any]
            return json["token"] as! String
        }
    }

    /// GETs `uri` with `token` and returns the status and the body parsed as JSON (nil when it is not JSON).
    func get(_ client: some TestClientProtocol, _ uri: String, token: String?) async throws
        -> (status: HTTPResponse.Status, json: [String: Any]?, text: String)
    {
        let headers: HTTPFields = token.map { [.authorization: "Bearer " + $0] } ?? [:]
        return try await client.execute(uri: uri, method: .get, headers: headers) { r in
            let text = String(buffer: r.body)
            return (r.status, try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], text)
        }
    }
}
