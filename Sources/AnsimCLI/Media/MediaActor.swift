import AnsimServer
import AnsimStore
import ArgumentParser

/// The counsellor account a media command acts as.
struct MediaActor: ParsableArguments {
    @Option(name: .customLong("as"), help: "The counsellor account to act as (audited).")
    var username: String
    @Option(help: "Why (recorded in the audit trail).") var purpose = "re-upload check (cli)"

    /// Runs `body` in one transaction as the account's role.
    func run<T>(_ body: (Connection) throws -> T) throws -> T {
        let c = try Database.connect()
        let principal = try AccountStore.principal(username, on: c)
        guard principal.role == .counsellor else {
            throw ValidationError("\(username) is \(principal.role.rawValue): only counsellors use protected media")
        }
        return try APIDatabase.transaction(
            c, role: principal.role.databaseRole,
            settings: [
                ("ansim.user", principal.username), ("ansim.org_id", String(principal.orgID)),
                ("ansim.client", "cli"), ("ansim.purpose", purpose),
            ], purpose: purpose, body)
    }
}
