import AnsimSupport
import Crypto
import Foundation

/// Loads the field keys from the environment or from a key file outside the repository.
///
/// - `ANSIM_FIELD_KEYS`: `id:base64key,id:base64key` (32-byte keys);
/// - or `ANSIM_FIELD_KEY_FILE`: a file of `id base64key` lines, readable by its owner
///   only (mode 0600 or stricter) and not inside a git checkout.
///
/// The current key is `ANSIM_FIELD_KEY_CURRENT` when set, else the highest id.
public enum FieldKeyring {
    /// The cipher for the keys the environment names.
    public static func load(environment: [String: String] = ProcessInfo.processInfo.environment) throws
        -> FieldCipher
    {
        var keys: [UInt32: [UInt8]] = [:]
        if let list = environment["ANSIM_FIELD_KEYS"], !list.isEmpty {
            for item in list.split(separator: ",") {
                let parts = item.split(separator: ":", maxSplits: 1)
                try add(
                    parts.count == 2 ? String(parts[0]) : "", parts.count == 2 ? String(parts[1]) : "",
                    to: &keys, from: "ANSIM_FIELD_KEYS")
            }
        } else if let path = environment["ANSIM_FIELD_KEY_FILE"], !path.isEmpty {
            try checkKeyFile(path)
            let text = try String(contentsOfFile: path, encoding: .utf8)
            for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
                let parts = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
                guard !parts.isEmpty else { continue }
                try add(String(parts[0]), parts.count > 1 ? String(parts[1]) : "", to: &keys, from: path)
            }
        } else {
            throw AnsimError(
                "no field encryption key: set ANSIM_FIELD_KEYS or ANSIM_FIELD_KEY_FILE "
                    + "(generate one with `ansim hotline keys generate`; see docs/HOTLINE.md)")
        }
        guard let highest = keys.keys.max() else { throw AnsimError("the field keyring is empty") }
        var current = highest
        if let c = environment["ANSIM_FIELD_KEY_CURRENT"], !c.isEmpty {
            guard let id = UInt32(c) else { throw AnsimError("ANSIM_FIELD_KEY_CURRENT=\(c) is not a key id") }
            current = id
        }
        return try FieldCipher(keys: keys, currentKeyID: current)
    }

    private static func add(
        _ id: String, _ key: String, to keys: inout [UInt32: [UInt8]], from source: String
    )
        throws
    {
        guard let n = UInt32(id), let bytes = Data(base64Encoded: key), bytes.count == 32 else {
            throw AnsimError(
                "\(source): a key must be written id:base64 (or `id base64` in a file) with 32 bytes")
        }
        keys[n] = [UInt8](bytes)
    }

    /// Refuses key files that others can read or that sit inside a git checkout.
    static func checkKeyFile(_ path: String) throws {
        var info = stat()
        guard stat(path, &info) == 0 else { throw AnsimError("cannot read the field key file \(path)") }
        if info.st_mode & 0o077 != 0 {
            throw AnsimError("field key file \(path) is readable by others (chmod 600 it)")
        }
        var dir = URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent()
        while dir.path != "/" {
            if FileManager.default.fileExists(atPath: dir.appendingPathComponent(".git").path) {
                throw AnsimError(
                    "field key file \(path) is inside the git checkout \(dir.path); keep keys outside any repository"
                )
            }
            dir.deleteLastPathComponent()
        }
    }

    /// A new random key line for a key file: `id base64`.
    public static func generateLine(id: UInt32) -> String {
        "\(id) " + SymmetricKey(size: .bits256).withUnsafeBytes { Data($0).base64EncodedString() }
    }
}
