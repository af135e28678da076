import AnsimSupport
import Crypto
import Foundation

/// Field-level encryption of personal data (AES-256-GCM) with a keyring for rotation.
///
/// Ciphertext layout: version byte `1`, the key id (4 bytes, big-endian), then AES-GCM's
/// nonce, ciphertext and tag. The associated data binds a value to its place (for
/// example `hotline_case.victim_name:V-1A2B3C4D`), so ciphertext moved to another row
/// or column does not decrypt. Keys come from the environment or a file outside the
/// repository (``FieldKeyring``); they never reach the database or the logs.
public struct FieldCipher: Sendable {
    /// The keys, by id.
    public let keys: [UInt32: [UInt8]]
    /// The key new values are encrypted with.
    public let currentKeyID: UInt32

    /// A cipher over `keys`, encrypting with `currentKeyID`.
    public init(keys: [UInt32: [UInt8]], currentKeyID: UInt32) throws {
        guard keys[currentKeyID] != nil else {
            throw AnsimError("field key \(currentKeyID) (the current key) is not in the keyring")
        }
        for (id, key) in keys where key.count != 32 {
            throw AnsimError("field key \(id) has \(key.count * 8) bits; AES-256-GCM needs 256")
        }
        self.keys = keys
        self.currentKeyID = currentKeyID
    }

    /// Encrypts `plaintext` for the place named by `context`.
    public func seal(_ plaintext: String, context: String) throws -> [UInt8] {
        let key = SymmetricKey(data: keys[currentKeyID]!)
        let box = try AES.GCM.seal(Data(plaintext.utf8), using: key, authenticating: Data(context.utf8))
        guard let combined = box.combined else { throw AnsimError("AES-GCM produced no ciphertext") }
        var out: [UInt8] = [1]
        withUnsafeBytes(of: currentKeyID.bigEndian) { out.append(contentsOf: $0) }
        out.append(contentsOf: combined)
        return out
    }

    /// Decrypts a value sealed for `context`.
    public func open(_ ciphertext: [UInt8], context: String) throws -> String {
        let id = try Self.keyID(of: ciphertext)
        guard let key = keys[id] else {
            throw AnsimError("a field was encrypted with key \(id), which is not in the keyring")
        }
        do {
            let box = try AES.GCM.SealedBox(combined: Data(ciphertext[5...]))
            let plain = try AES.GCM.open(
                box, using: SymmetricKey(data: key), authenticating: Data(context.utf8))
            return String(decoding: plain, as: UTF8.self)
        } catch {
            throw AnsimError(
                "a field did not decrypt for \(context.split(separator: ":").first ?? "") (tampered, moved, or wrong key)"
            )
        }
    }

    /// The id of the key `ciphertext` was sealed with.
    public static func keyID(of ciphertext: [UInt8]) throws -> UInt32 {
        guard ciphertext.count > 5 + 12 + 16, ciphertext[0] == 1 else {
            throw AnsimError("a field is not Ansim field ciphertext (version 1)")
        }
        return ciphertext[1..<5].reduce(0) { ($0 << 8) | UInt32($1) }
    }

    /// Re-encrypts with the current key when sealed with an older one (key rotation).
    public func rotated(_ ciphertext: [UInt8], context: String) throws -> [UInt8]? {
        guard try Self.keyID(of: ciphertext) != currentKeyID else { return nil }
        return try seal(open(ciphertext, context: context), context: context)
    }
}
