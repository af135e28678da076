import AnsimStore
import AnsimSupport
import Foundation
import Hummingbird

/// Log-in, sessions and log-out.
///
/// - 5 failed log-ins in a row lock the account for 10 minutes (counted in the
///   database, so every server process shares the count);
/// - a session ends after 30 minutes without a request;
/// - hotline roles (worker, liaison, supervisor) need a TOTP code as well, and a code
///   is accepted once.
///
/// Runs as the `ansim_auth` database role, which can read accounts and write sessions
/// and nothing else.
public struct AuthService: Sendable {
    /// Failed log-ins that lock an account.
    public static let maximumFailures = 5
    /// How long a lock lasts.
    public static let lockDuration: TimeInterval = 10 * 60
    /// Idle time after which a session ends.
    public static let sessionTimeout: TimeInterval = 30 * 60
    /// A session's last request time is written at most this often, so a session may
    /// end up to this much before `sessionTimeout` after its last request.
    public static let touchInterval: TimeInterval = 15

    let database: APIDatabase
    let signer: SessionSigner
    let cipher: FieldCipher
    let clock: ServerClock

    /// An authentication service.
    public init(
        database: APIDatabase, signer: SessionSigner, cipher: FieldCipher, clock: ServerClock = .system
    ) {
        self.database = database
        self.signer = signer
        self.cipher = cipher
        self.clock = clock
    }

    /// What a successful log-in returns.
    public struct Session: Codable, Sendable {
        /// The bearer token.
        public var token: String
        /// The account's role.
        public var role: AppRole
        /// The account's organisation.
        public var orgID: Int64
        /// Seconds of inactivity before the session ends.
        public var idleTimeoutSeconds: Int

        enum CodingKeys: String, CodingKey {
            case token, role
            case orgID = "org_id"
            case idleTimeoutSeconds = "idle_timeout_seconds"
        }
    }

    /// The associated data that binds an account's encrypted TOTP secret to it.
    public static func totpContext(username: String) -> String { "ansim_account.totp:" + username }
}
