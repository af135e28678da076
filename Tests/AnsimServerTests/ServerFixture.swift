import AnsimServer
import AnsimStore
import AnsimSupport
import AnsimTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging

/// A server on a migrated scratch database with one organisation per kind and one
/// account per role, a manual clock and a fixed test key. Passwords hash with a low
/// scrypt cost here only, to keep the suite quick.
final class ServerFixture: @unchecked Sendable {
    let name: String
    let admin: Connection
    let clock = ServerClock.manual()
    let cipher: FieldCipher
    let context: ServerContext
    let server: ServerApplication
    var orgs: [String: Int64] = [:]
    var totp: [String: [UInt8]] = [:]
    static let password = "correct horse battery"

    init(_ prefix: String, modules: (ServerContext) -> [any ServerModule] = { _ in [] }) throws {
        (name, admin) = try TestDatabase.migratedScratch(prefix)
        cipher = try FieldCipher(keys: [1: [UInt8](repeating: 7, count: 32)], currentKeyID: 1)
        let database = APIDatabase(
            settings: .url(try TestDatabase.url(database: name)), maximumConnections: 4)
        let auth = AuthService(
            database: database, signer: SessionSigner(secret: Array(repeating: 1, count: 32)),
            cipher: cipher, clock: clock)
        context = ServerContext(
            database: database, auth: auth, cipher: cipher, metrics: ServerMetrics(), clock: clock)
        server = ServerApplication(configuration: .init(), context: context, modules: modules(context))
        for (org, kind) in [
            ("city-a", "city"), ("city-b", "city"), ("police-a", "police"), ("police-b", "police"),
        ] {
            orgs[org] = try AccountStore.organisation(org, kind: kind, on: admin)
        }
    }

    deinit { TestDatabase.dropScratch(name) }

    /// Creates `username` with `role` in `org`.
    @discardableResult
    func account(_ username: String, _ role: AppRole, _ org: String) throws -> Int64 {
        let e = try AccountStore.create(
            username: username, role: role, orgID: orgs[org]!, password: Self.password, cipher: cipher,
            hasher: PasswordHasher(logN: 4), on: admin)
        if let s = e.totpSecret { totp[username] = Base32.decode(s) }
        return e.accountID
    }

    /// The current TOTP code of `username` (moving the clock to a fresh step first,
    /// since a code is accepted once).
    func code(_ username: String) -> String? {
        guard let secret = totp[username] else { return nil }
        clock.advance(by: 30)
        let t = TOTP(secret: secret)
        return t.code(step: t.step(at: clock.now()))
    }

    /// Logs in through the API and returns the token.
    func login(_ client: some TestClientProtocol, _ username: String) async throws -> String {
        let body = try JSONSerialization.data(withJSONObject: [
            "username": username, "password": Self.password, "totp": code(username) ?? "",
        ])
        return try await client.execute(uri: "/auth/login", method: .post, body: ByteBuffer(bytes: body)) {
            r in
            guard r.status == .ok else {
                throw AnsimError("login \(username): \(r.status.code) \(String(buffer: r.body))")
            }
            let json =
                try JSONSerialization.jsonObject(with: Data(r.body.readableBytesView)) as! [String: Any]
            return json["token"] as! String
        }
    }
}

extension HTTPFields {
    /// Headers with a bearer token.
    static func bearer(_ token: String) -> HTTPFields { [.authorization: "Bearer " + token] }
}
