import AnsimSupport
import Crypto
import Foundation

/// Signs and checks session tokens: `ans1.<session uuid>.<HMAC-SHA256, base64url>`.
///
/// The signature lets the server reject forged tokens before touching the database;
/// the session row decides whether a well-signed token is still alive (30-minute
/// idle time-out, logout). The secret comes from `ANSIM_SESSION_SECRET` (base64, at
/// least 32 bytes) or `ANSIM_SESSION_SECRET_FILE`; without either a random secret is
/// made at start-up and sessions do not survive a restart.
public struct SessionSigner: Sendable {
    private let secret: [UInt8]

    /// A signer with an explicit secret.
    public init(secret: [UInt8]) { self.secret = secret }

    /// A signer from the environment (or a random secret).
    public static func fromEnvironment(_ env: [String: String] = ProcessInfo.processInfo.environment) throws
        -> SessionSigner
    {
        var text = env["ANSIM_SESSION_SECRET"]
        if text == nil || text!.isEmpty, let path = env["ANSIM_SESSION_SECRET_FILE"], !path.isEmpty {
            text = try String(contentsOfFile: path, encoding: .utf8).trimmingCharacters(
                in: .whitespacesAndNewlines)
        }
        guard let text, !text.isEmpty else {
            return SessionSigner(secret: TOTP.randomSecret() + TOTP.randomSecret())
        }
        guard let bytes = Data(base64Encoded: text), bytes.count >= 32 else {
            throw AnsimError("the session secret must be base64 of at least 32 bytes")
        }
        return SessionSigner(secret: [UInt8](bytes))
    }

    /// The token for session `id`.
    public func token(for id: UUID) -> String {
        let body = "ans1." + id.uuidString.lowercased()
        return body + "."
            + Self.base64url(
                Array(
                    HMAC<Crypto.SHA256>.authenticationCode(
                        for: Array(body.utf8), using: SymmetricKey(data: secret))))
    }

    /// The session id in `token`, or nil when the token is malformed or forged.
    public func sessionID(in token: String) -> UUID? {
        let parts = token.split(separator: ".")
        guard parts.count == 3, parts[0] == "ans1", let id = UUID(uuidString: String(parts[1])) else {
            return nil
        }
        let expected = self.token(for: id)
        return PasswordHasher.constantTimeEqual(Array(expected.utf8), Array(token.utf8)) ? id : nil
    }

    /// Base64 with the URL-safe alphabet (RFC 4648 §5) and no padding.
    static func base64url(_ bytes: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count * 4 + 2) / 3)
        var i = 0
        while i < bytes.count {
            let n = min(3, bytes.count - i)
            var v = UInt32(bytes[i]) << 16
            if n > 1 { v |= UInt32(bytes[i + 1]) << 8 }
            if n > 2 { v |= UInt32(bytes[i + 2]) }
            for k in 0...n { out.append(alphabet[Int((v >> (18 - 6 * UInt32(k))) & 63)]) }
            i += 3
        }
        return String(decoding: out, as: UTF8.self)
    }
}
