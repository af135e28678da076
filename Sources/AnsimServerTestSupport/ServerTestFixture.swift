import AnsimServer
import AnsimStore
import AnsimSupport
import AnsimTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging

/// A server on a migrated scratch database, for the test suites of the server and of
/// every module it carries (hotline, map, …): four organisations (`city-a`, `city-b`,
/// `police-a`, `police-b`), a manual clock, a fixed test key and signer. Accounts are
/// made on demand with ``account(_:_:_:)``; passwords hash with a low scrypt cost here
/// only, to keep the suites quick.
///
/// Modules are built from the server context, so a subclass can keep a handle on a
/// service it gives the server (see the hotline's fixture).
open class ServerTestFixture: @unchecked Sendable {
    /// The scratch database's name (dropped when the fixture goes).
    public let name: String
    /// A connection to it as the database owner.
    public let admin: Connection
    /// The server's clock, moved by hand.
    public let clock = ServerClock.manual()
    /// Field-level encryption with a fixed test key.
    public let cipher: FieldCipher
    /// What the modules get from the server.
    public let context: ServerContext
    /// The application, for `server.test(.router)`.
    public let server: ServerApplication
    /// Organisation ids by name.
    public private(set) var orgs: [String: Int64] = [:]
    /// TOTP secrets of the accounts that have one, by username.
    public private(set) var totp: [String: [UInt8]] = [:]
    /// Every test account's password.
    public static let password = "correct horse battery"

    /// A fixture named after `prefix`, serving `modules` (made from the context); the
    /// logger is quiet (warnings only) unless one is given.
    public init(
        _ prefix: String, logger: Logger? = nil,
        modules: (ServerContext) throws -> [any ServerModule] = { _ in [] }
    ) throws {
        (name, admin) = try TestDatabase.migratedScratch(prefix)
        cipher = try FieldCipher(keys: [1: [UInt8](repeating: 7, count: 32)], currentKeyID: 1)
        let database = APIDatabase(
            settings: .url(try TestDatabase.url(database: name)), maximumConnections: 4)
        let auth = AuthService(
            database: database, signer: SessionSigner(secret: Array(repeating: 1, count: 32)),
            cipher: cipher, clock: clock)
        context = ServerContext(
            database: database, auth: auth, cipher: cipher, metrics: ServerMetrics(), clock: clock)
        var quiet = Logger(label: "ansim.test")
        quiet.logLevel = .warning
        server = ServerApplication(
            configuration: .init(), context: context, modules: try modules(context), logger: logger ?? quiet)
        for (org, kind) in [
            ("city-a", "city"), ("city-b", "city"), ("police-a", "police"), ("police-b", "police"),
        ] {
            orgs[org] = try AccountStore.organisation(org, kind: kind, on: admin)
        }
    }

    deinit { TestDatabase.dropScratch(name) }

    /// Creates `username` with `role` in `org` and returns the account id.
    @discardableResult
    public func account(_ username: String, _ role: AppRole, _ org: String) throws -> Int64 {
        guard let orgID = orgs[org] else { throw AnsimError("test fixture: no organisation \(org)") }
        let e = try AccountStore.create(
            username: username, role: role, orgID: orgID, password: Self.password, cipher: cipher,
            hasher: PasswordHasher(logN: 4), on: admin)
        if let s = e.totpSecret { totp[username] = Base32.decode(s) }
        return e.accountID
    }

    /// The current TOTP code of `username` (moving the clock to a fresh step first,
    /// since a code is accepted once); nil for roles without a second factor.
    public func code(_ username: String) -> String? {
        guard let secret = totp[username] else { return nil }
        clock.advance(by: 30)
        let t = TOTP(secret: secret)
        return t.code(step: t.step(at: clock.now()))
    }
}
