import Crypto
import Foundation

/// Time-based one-time passwords (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits),
/// as authenticator apps generate them.
public struct TOTP: Sendable {
    /// The shared secret.
    public let secret: [UInt8]
    /// Digits per code.
    public var digits = 6
    /// Seconds per step.
    public var period: TimeInterval = 30

    /// A TOTP generator for `secret`.
    public init(secret: [UInt8]) { self.secret = secret }

    /// A fresh 20-byte secret.
    public static func randomSecret() -> [UInt8] {
        var rng = SystemRandomNumberGenerator()
        return (0..<20).map { _ in UInt8.random(in: 0...255, using: &rng) }
    }

    /// The time step containing `date`.
    public func step(at date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 / period).rounded(.down))
    }

    /// The code for time step `step` (RFC 4226 dynamic truncation).
    public func code(step: Int64) -> String {
        var counter = UInt64(step).bigEndian
        let message = withUnsafeBytes(of: &counter) { Data($0) }
        let mac = Array(
            HMAC<Insecure.SHA1>.authenticationCode(for: message, using: SymmetricKey(data: secret)))
        let offset = Int(mac[mac.count - 1] & 0x0f)
        let value =
            (UInt32(mac[offset] & 0x7f) << 24) | (UInt32(mac[offset + 1]) << 16)
            | (UInt32(mac[offset + 2]) << 8) | UInt32(mac[offset + 3])
        var modulus: UInt32 = 1
        for _ in 0..<digits { modulus *= 10 }
        let s = String(value % modulus)
        return String(repeating: "0", count: digits - s.count) + s
    }

    /// The step `code` is valid for at `date` (± one step for clock drift), or nil.
    public func matchingStep(_ code: String, at date: Date) -> Int64? {
        let now = step(at: date)
        for s in [now, now - 1, now + 1]
        where PasswordHasher.constantTimeEqual(Array(self.code(step: s).utf8), Array(code.utf8)) {
            return s
        }
        return nil
    }

    /// An `otpauth://` URI for authenticator apps.
    public func provisioningURI(account: String, issuer: String = "Ansim") -> String {
        "otpauth://totp/\(issuer):\(account)?secret=\(Base32.encode(secret))&issuer=\(issuer)&digits=\(digits)&period=\(Int(period))"
    }
}
