import AnsimStore
import AnsimSupport
import Foundation
import Hummingbird

extension AuthService {
    private enum Outcome: Sendable {
        case success(AuthService.Session)
        case refused(HTTPResponse.Status, String)
    }

    /// Checks the credentials and opens a session; every attempt is audited.
    public func login(username: String, password: String, totp: String?, client: String) async throws
        -> Session
    {
        let now = clock.now()
        let outcome = try await database.withSystemScope(
            role: "ansim_auth", actor: username, client: client, purpose: "log in"
        ) { c -> Outcome in
            let rows = try c.query(
                """
                SELECT id, role, org_id, password_hash, totp_secret_enc, totp_last_step, failed_logins,
                       locked_until, disabled
                FROM ansim_account WHERE username = $1 FOR UPDATE
                """, [username], purpose: "read the account")
            guard let row = rows.first else {
                // The same work as a real check, and the same answer as a wrong password.
                _ = try? PasswordHasher.verify(password, against: Self.dummyHash)
                try Self.audit(c, "login refused: unknown account", username)
                return .refused(.unauthorized, "invalid username, password or TOTP code")
            }
            let id = try row.decode(Int64.self, at: 0)
            let role = AppRole(rawValue: try row.decode(String.self, at: 1)) ?? .analyst
            if let until = try row.decode(Date?.self, at: 7), until > now {
                try Self.audit(c, "login refused: account locked", username)
                return .refused(
                    HTTPResponse.Status(code: 423, reasonPhrase: "Locked"),
                    "account \(username) is locked until \(ISO8601DateFormatter().string(from: until)) after "
                        + "\(Self.maximumFailures) failed log-ins")
            }
            if try row.decode(Bool.self, at: 8) {
                try Self.audit(c, "login refused: account disabled", username)
                return .refused(.forbidden, "account \(username) is disabled")
            }
            var ok = try PasswordHasher.verify(password, against: row.decode(String.self, at: 3))
            var step: Int64?
            if ok && role.requiresTOTP {
                guard let totp, !totp.isEmpty else {
                    return .refused(.unauthorized, "role \(role.rawValue) needs a TOTP code (field \"totp\")")
                }
                guard let enc = try row.decode(Data?.self, at: 4) else {
                    return .refused(
                        .forbidden, "account \(username) has no TOTP secret; an admin must enrol it")
                }
                let secret = try cipher.open([UInt8](enc), context: Self.totpContext(username: username))
                step = TOTP(secret: Base32.decode(secret) ?? []).matchingStep(totp, at: now)
                let last = try row.decode(Int64?.self, at: 5) ?? .min
                if step == nil || step! <= last { ok = false }
            }
            guard ok else {
                let failures = try row.decode(Int.self, at: 6) + 1
                let lock = failures >= Self.maximumFailures
                try c.query(
                    "UPDATE ansim_account SET failed_logins = $2, locked_until = $3 WHERE id = $1",
                    [
                        id, lock ? 0 : failures,
                        lock ? now.addingTimeInterval(Self.lockDuration) : nil as Date?,
                    ],
                    purpose: "count a failed log-in")
                try Self.audit(
                    c, lock ? "login refused: account locked now" : "login refused: bad credentials", username
                )
                return .refused(.unauthorized, "invalid username, password or TOTP code")
            }
            try c.query(
                "UPDATE ansim_account SET failed_logins = 0, locked_until = NULL, totp_last_step = coalesce($2, totp_last_step) WHERE id = $1",
                [id, step], purpose: "reset the failure count")
            let session = UUID()
            try c.query(
                "INSERT INTO ansim_session (id, account_id, created_at, last_seen, client) VALUES ($1, $2, $3, $3, $4)",
                [session, id, now, client], purpose: "open a session")
            try Self.audit(c, "login", username)
            return .success(
                Session(
                    token: signer.token(for: session), role: role, orgID: try row.decode(Int64.self, at: 2),
                    idleTimeoutSeconds: Int(Self.sessionTimeout)))
        }
        switch outcome {
        case .success(let s): return s
        case .refused(let status, let message): throw HTTPError(status, message: message)
        }
    }

    static func audit(_ c: Connection, _ action: String, _ username: String) throws {
        try c.query(
            "SELECT ansim_audit_append($1, $2, 'authentication', current_user)",
            [action, "account:" + username],
            purpose: "audit a log-in")
    }

    /// A valid hash nobody's password matches (for unknown accounts).
    static let dummyHash =
        "scrypt$ln=10$r=8$p=1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="
}
