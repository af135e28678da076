import AnsimHotline
import AnsimServer
import AnsimStore
import AnsimSupport
import ArgumentParser
import Foundation

/// Who the command acts as, and why.
struct HotlineActor: ParsableArguments {
    @Option(name: .customLong("as"), help: "The account to act as (its role and organisation apply).")
    var username: String
    @Option(help: "Why (recorded in the audit trail).") var purpose = "case work (cli)"

    /// Runs `body` as the account, in one transaction.
    func run<T>(_ body: (Connection, Principal, HotlineStore) throws -> T) throws -> T {
        let c = try Database.connect()
        let principal = try AccountStore.principal(username, on: c)
        let store = HotlineStore(cipher: try FieldKeyring.load())
        return try APIDatabase.transaction(
            c, role: principal.role.databaseRole,
            settings: [
                ("ansim.user", principal.username), ("ansim.org_id", String(principal.orgID)),
                ("ansim.client", "cli"),
                ("ansim.purpose", purpose),
            ], purpose: purpose
        ) { try body($0, principal, store) }
    }
}
