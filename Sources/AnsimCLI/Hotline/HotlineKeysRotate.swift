import AnsimHotline
import AnsimServer
import AnsimStore
import AnsimSupport
import ArgumentParser
import Foundation

/// `ansim hotline keys rotate`.
struct HotlineKeysRotate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rotate",
        abstract: "Re-encrypt every field sealed with an older key under the current key.",
        discussion: """
            Add the new key to the keyring (a higher id, or ANSIM_FIELD_KEY_CURRENT), run this, \
            then the old key may be removed. One transaction; every changed row is audited.
            """)

    func run() throws {
        let cipher = try FieldKeyring.load()
        let c = try Database.connect()
        let counts = try HotlineKeyRotation.rotate(cipher: cipher, on: c)
        print(
            "re-encrypted under key \(cipher.currentKeyID): \(counts.cases) case fields, \(counts.places) place addresses, \(counts.accounts) TOTP secrets"
        )
    }
}
