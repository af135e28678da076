import AnsimHotline
import AnsimServer
import AnsimStore
import AnsimSupport
import AnsimTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging

/// A server with the hotline module on a migrated scratch database with one organisation per kind and one
/// account per role, a manual clock and a fixed test key. Passwords hash with a low
/// scrypt cost here only, to keep the suite quick.
final class HotlineFixture: @unchecked Sendable {
    let name: String
    let admin: Connection
    let clock = ServerClock.manual()
    let cipher: FieldCipher
    let context: ServerContext
    let server: ServerApplication
    var orgs: [String: Int64] = [:]
    var totp: [String: [UInt8]] = [:]
    static let password = "correct horse battery"

    let monitor: GeofenceMonitor
    let alertFile: String

    init(_ prefix: String, logHandler: (@Sendable (String) -> any LogHandler)? = nil) throws {
        (name, admin) = try TestDatabase.migratedScratch(prefix)
        cipher = try FieldCipher(keys: [1: [UInt8](repeating: 7, count: 32)], currentKeyID: 1)
        let database = APIDatabase(
            settings: .url(try TestDatabase.url(database: name)), maximumConnections: 4)
        let auth = AuthService(
            database: database, signer: SessionSigner(secret: Array(repeating: 1, count: 32)),
            cipher: cipher, clock: clock)
        context = ServerContext(
            database: database, auth: auth, cipher: cipher, metrics: ServerMetrics(), clock: clock)
        alertFile = try TestEnvironment.temporaryFolder("hotline-alerts") + "/alerts.jsonl"
        monitor = GeofenceMonitor(
            database: database, notifier: FileNotifier(path: alertFile), clock: clock,
            metrics: context.metrics)
        var logger =
            logHandler.map { Logger(label: "ansim.test", factory: $0) } ?? Logger(label: "ansim.test")
        if logHandler == nil { logger.logLevel = .warning }
        server = ServerApplication(
            configuration: .init(), context: context, modules: [HotlineModule(monitor: monitor)],
            logger: logger)
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

extension HotlineFixture {
    /// Opens a case directly (as the database owner), for tests that need one to act on.
    func openCase(
        city: String = "city-a", police: String? = "police-a", tag: String? = nil, name: String = "홍길순"
    )
        throws -> Int64
    {
        var r = HotlineRequest.OpenCase(
            cityOrgID: orgs[city]!, policeOrgID: police.map { orgs[$0]! }, victimName: name)
        r.offenderTag = tag
        r.victimContact = "010-0000-0000"
        r.synthetic = true
        let store = HotlineStore(cipher: cipher)
        return try admin.transaction(purpose: "open a test case") { try store.openCase(r, on: $0) }
    }

    /// Sends JSON and returns the status and body.
    func send(
        _ c: some TestClientProtocol, _ method: HTTPRequest.Method, _ uri: String, token: String?,
        _ json: [String: Any]? = nil
    ) async throws -> (Int, String) {
        let body = try json.map { ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: $0)) }
        return try await c.execute(
            uri: uri, method: method, headers: token.map { .bearer($0) } ?? [:], body: body
        ) {
            ($0.status.code, String(buffer: $0.body))
        }
    }
}
