import AnsimStore
import AnsimSupport
import Foundation

/// Organisations and accounts, managed by the operator (`ansim account …`) over an
/// administrative connection; every change is audited.
public enum AccountStore {
    /// A new account's TOTP enrolment, shown once.
    public struct Enrolment: Sendable {
        /// The account id.
        public var accountID: Int64
        /// The TOTP secret in base32 (nil for roles without TOTP).
        public var totpSecret: String?
        /// The `otpauth://` URI for authenticator apps.
        public var provisioningURI: String?
    }

    /// The id of organisation `name`, created with `kind` when missing.
    @discardableResult
    public static func organisation(_ name: String, kind: String, on c: Connection) throws -> Int64 {
        guard ["city", "police", "agency"].contains(kind) else {
            throw AnsimError("organisation kind must be city, police or agency (got \(kind))")
        }
        let rows = try c.query(
            """
            WITH ins AS (INSERT INTO ansim_org (name, kind) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING RETURNING id)
            SELECT id FROM ins UNION ALL SELECT id FROM ansim_org WHERE name = $1
            """, [name, kind], purpose: "create organisation \(name)")
        return try rows[0].decode(Int64.self, at: 0)
    }

    /// Creates an account; roles that need TOTP get a fresh secret (encrypted with `cipher`).
    public static func create(
        username: String, role: AppRole, orgID: Int64, password: String, cipher: FieldCipher,
        hasher: PasswordHasher = PasswordHasher(), on c: Connection
    ) throws -> Enrolment {
        guard password.count >= 12 else { throw AnsimError("a password needs at least 12 characters") }
        var secret: [UInt8]?
        var enc: Data?
        if role.requiresTOTP {
            let s = TOTP.randomSecret()
            secret = s
            enc = Data(
                try cipher.seal(Base32.encode(s), context: AuthService.totpContext(username: username)))
        }
        let rows = try c.query(
            """
            INSERT INTO ansim_account (username, role, org_id, password_hash, totp_secret_enc)
            VALUES ($1, $2, $3, $4, $5) RETURNING id
            """, [username, role.rawValue, orgID, try hasher.hash(password), enc],
            purpose: "create account \(username)")
        try c.query(
            "SELECT ansim_audit_append($1, $2, 'account administration', current_user)",
            ["create account (\(role.rawValue))", "account:" + username], purpose: "audit an account")
        return Enrolment(
            accountID: try rows[0].decode(Int64.self, at: 0), totpSecret: secret.map(Base32.encode),
            provisioningURI: secret.map { TOTP(secret: $0).provisioningURI(account: username) })
    }

    /// The principal of account `username` (for the CLI, which acts as a named account).
    public static func principal(_ username: String, on c: Connection) throws -> Principal {
        let rows = try c.query(
            "SELECT id, role, org_id FROM ansim_account WHERE username = $1 AND NOT disabled", [username],
            purpose: "find account \(username)")
        guard let row = rows.first else {
            throw AnsimError("no active account \(username) (create it with `ansim account add`)")
        }
        guard let role = AppRole(rawValue: try row.decode(String.self, at: 1)) else {
            throw AnsimError("account \(username) has an unknown role")
        }
        return Principal(
            accountID: try row.decode(Int64.self, at: 0), username: username, role: role,
            orgID: try row.decode(Int64.self, at: 2))
    }
}
