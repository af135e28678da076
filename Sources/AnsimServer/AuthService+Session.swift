import AnsimStore
import Foundation
import Hummingbird

extension AuthService {
    /// The principal of a bearer token, touching the session (idle time-out).
    public func authenticate(token: String, client: String) async throws -> Principal {
        guard let id = signer.sessionID(in: token) else {
            throw HTTPError(.unauthorized, message: "invalid session token")
        }
        let now = clock.now()
        let result = try await database.withSystemScope(
            role: "ansim_auth", actor: "session", client: client, purpose: "check a session"
        ) { c -> Result<Principal, HTTPError> in
            let rows = try c.preparedQuery(
                """
                SELECT a.id, a.username, a.role, a.org_id, s.last_seen, s.ended_at, a.disabled
                FROM ansim_session s JOIN ansim_account a ON a.id = s.account_id WHERE s.id = $1
                """, [id], purpose: "read the session")
            guard let row = rows.first, try row.decode(Date?.self, at: 5) == nil else {
                return .failure(HTTPError(.unauthorized, message: "session ended; log in again"))
            }
            if now.timeIntervalSince(try row.decode(Date.self, at: 4)) > Self.sessionTimeout {
                try c.query(
                    "UPDATE ansim_session SET ended_at = $2 WHERE id = $1", [id, now],
                    purpose: "end a session")
                return .failure(
                    HTTPError(
                        .unauthorized,
                        message: "session expired after 30 minutes without a request; log in again"))
            }
            if try row.decode(Bool.self, at: 6) {
                return .failure(HTTPError(.forbidden, message: "account disabled"))
            }
            // A session is touched at most once per `touchInterval`: most requests only
            // read, and a read-only transaction commits without waiting for the WAL.
            if now.timeIntervalSince(try row.decode(Date.self, at: 4)) >= Self.touchInterval {
                try c.query(
                    "UPDATE ansim_session SET last_seen = $2 WHERE id = $1", [id, now],
                    purpose: "touch a session"
                )
            }
            guard let role = AppRole(rawValue: try row.decode(String.self, at: 2)) else {
                return .failure(HTTPError(.forbidden, message: "account has an unknown role"))
            }
            return .success(
                Principal(
                    accountID: try row.decode(Int64.self, at: 0),
                    username: try row.decode(String.self, at: 1),
                    role: role, orgID: try row.decode(Int64.self, at: 3), sessionID: id))
        }
        return try result.get()
    }

    /// Ends the principal's session.
    public func logout(_ principal: Principal, client: String) async throws {
        guard let id = principal.sessionID else { return }
        let now = clock.now()
        try await database.withSystemScope(
            role: "ansim_auth", actor: principal.username, client: client, purpose: "log out"
        ) { c in
            try c.query(
                "UPDATE ansim_session SET ended_at = $2 WHERE id = $1", [id, now], purpose: "end a session")
            try Self.audit(c, "logout", principal.username)
        }
    }
}
