import AnsimServer
import AnsimStore
import Foundation

/// Re-encrypts fields sealed with older keys under the current key (key rotation).
public enum HotlineKeyRotation {
    /// What was re-encrypted.
    public struct Counts: Sendable, Equatable {
        public var cases = 0
        public var places = 0
        public var accounts = 0
        /// No fields.
        public init() {}
    }

    /// Rotates every encrypted field, in one transaction over an owner's connection.
    public static func rotate(cipher: FieldCipher, on c: Connection) throws -> Counts {
        try c.transaction(purpose: "rotate field keys") { c in
            try c.query("SELECT set_config('ansim.purpose', 'key rotation', true)", purpose: "purpose")
            var n = Counts()
            let columns = [
                ("victim_name", "victim_ref"), ("victim_contact", "victim_ref"),
                ("victim_address", "victim_ref"), ("offender_name", "offender_ref"),
            ]
            for (column, subject) in columns {
                let rows = try c.query(
                    "SELECT id, \(subject), \(column)_enc FROM hotline_case WHERE \(column)_enc IS NOT NULL",
                    purpose: "read \(column)")
                for r in rows {
                    let context = HotlineStore.context(column, try r.decode(String.self, at: 1))
                    if let new = try cipher.rotated([UInt8](try r.decode(Data.self, at: 2)), context: context)
                    {
                        try c.query(
                            "UPDATE hotline_case SET \(column)_enc = $2 WHERE id = $1",
                            [try r.decode(Int64.self, at: 0), Data(new)], purpose: "re-encrypt \(column)")
                        n.cases += 1
                    }
                }
            }
            let places = try c.query(
                """
                SELECT p.id, c.victim_ref, p.address_enc FROM hotline_place p JOIN hotline_case c ON c.id = p.case_id
                WHERE p.address_enc IS NOT NULL
                """, purpose: "read place addresses")
            for r in places {
                let context = HotlineStore.context("place_address", try r.decode(String.self, at: 1))
                if let new = try cipher.rotated([UInt8](try r.decode(Data.self, at: 2)), context: context) {
                    try c.query(
                        "UPDATE hotline_place SET address_enc = $2 WHERE id = $1",
                        [try r.decode(Int64.self, at: 0), Data(new)], purpose: "re-encrypt an address")
                    n.places += 1
                }
            }
            let accounts = try c.query(
                "SELECT id, username, totp_secret_enc FROM ansim_account WHERE totp_secret_enc IS NOT NULL",
                purpose: "read TOTP secrets")
            for r in accounts {
                let context = AuthService.totpContext(username: try r.decode(String.self, at: 1))
                if let new = try cipher.rotated([UInt8](try r.decode(Data.self, at: 2)), context: context) {
                    try c.query(
                        "UPDATE ansim_account SET totp_secret_enc = $2 WHERE id = $1",
                        [try r.decode(Int64.self, at: 0), Data(new)], purpose: "re-encrypt a TOTP secret")
                    n.accounts += 1
                }
            }
            return n
        }
    }
}
