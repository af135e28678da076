import AnsimSupport
import CCrypto
import Foundation

/// Password hashing with scrypt (RFC 7914, through OpenSSL's `EVP_PBE_scrypt`).
///
/// Stored form: `scrypt$ln=15$r=8$p=1$<salt base64>$<hash base64>`, so the cost can be
/// raised later and old hashes still verify. The default costs 32 MiB and about 0.1 s
/// per attempt; tests use a lower `logN`.
public struct PasswordHasher: Sendable {
    /// log2 of scrypt's N.
    public var logN: Int
    /// scrypt's block size r.
    public var r: Int
    /// scrypt's parallelism p.
    public var p: Int

    /// A hasher with the given cost (the default is the production cost).
    public init(logN: Int = 15, r: Int = 8, p: Int = 1) {
        (self.logN, self.r, self.p) = (logN, r, p)
    }

    /// Hashes `password` with a fresh 16-byte salt.
    public func hash(_ password: String) throws -> String {
        var salt = [UInt8](repeating: 0, count: 16)
        var rng = SystemRandomNumberGenerator()
        for i in salt.indices { salt[i] = UInt8.random(in: 0...255, using: &rng) }
        let key = try Self.derive(password, salt: salt, logN: logN, r: r, p: p)
        return
            "scrypt$ln=\(logN)$r=\(r)$p=\(p)$\(Data(salt).base64EncodedString())$\(Data(key).base64EncodedString())"
    }

    /// True when `password` matches `stored` (compared in constant time).
    public static func verify(_ password: String, against stored: String) throws -> Bool {
        let parts = stored.split(separator: "$").map(String.init)
        guard parts.count == 6, parts[0] == "scrypt",
            let logN = Int(parts[1].dropFirst(3)), let r = Int(parts[2].dropFirst(2)),
            let p = Int(parts[3].dropFirst(2)),
            let salt = Data(base64Encoded: parts[4]), let expected = Data(base64Encoded: parts[5])
        else { throw AnsimError("stored password hash is not in the scrypt$ln=…$r=…$p=…$salt$hash form") }
        let key = try derive(password, salt: [UInt8](salt), logN: logN, r: r, p: p, length: expected.count)
        return constantTimeEqual(key, [UInt8](expected))
    }

    static func derive(
        _ password: String, salt: [UInt8], logN: Int, r: Int, p: Int, length: Int = 32
    ) throws -> [UInt8] {
        guard (1...20).contains(logN), r > 0, p > 0 else {
            throw AnsimError("scrypt parameters out of range")
        }
        var out = [UInt8](repeating: 0, count: length)
        let pass = Array(password.utf8)
        let n = UInt64(1) << UInt64(logN)
        let maxMemory = UInt64(256 * r) * n * UInt64(p) + (1 << 20)
        let ok = pass.withUnsafeBufferPointer { pw in
            pw.withMemoryRebound(to: CChar.self) { pwc in
                EVP_PBE_scrypt(
                    pwc.baseAddress, pass.count, salt, salt.count, n, UInt64(r), UInt64(p), maxMemory, &out,
                    length)
            }
        }
        guard ok == 1 else { throw AnsimError("scrypt failed (OpenSSL EVP_PBE_scrypt)") }
        return out
    }

    /// Compares two byte strings without an early exit.
    public static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var diff: UInt8 = 0
        for i in a.indices { diff |= a[i] ^ b[i] }
        return diff == 0
    }
}
