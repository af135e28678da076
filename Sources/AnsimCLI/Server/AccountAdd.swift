import AnsimServer
import AnsimStore
import ArgumentParser
import Foundation

/// `ansim account add`.
struct AccountAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Create an account (and its organisation when new).",
        discussion: """
            Reads the password from standard input (at least 12 characters). Hotline roles \
            (hotline_worker, police_liaison, supervisor) get a TOTP secret, printed once with \
            its otpauth:// URI for an authenticator app; it is stored encrypted with the field key.
            """)

    @Option(help: "Login name (a-z, 0-9, . _ -).") var username: String
    @Option(help: "Role: \(AppRole.allCases.map(\.rawValue).joined(separator: ", ")).") var role: String
    @Option(help: "Organisation name.") var org: String
    @Option(help: "Organisation kind when it is new: city, police or agency.") var orgKind = "city"

    func run() throws {
        guard let role = AppRole(rawValue: role) else {
            throw ValidationError(
                "unknown role \(role); one of \(AppRole.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let password = (readLine(strippingNewline: true) ?? "")
        let cipher = try FieldKeyring.load()
        let c = try Database.connect()
        let orgID = try AccountStore.organisation(org, kind: orgKind, on: c)
        let e = try AccountStore.create(
            username: username, role: role, orgID: orgID, password: password, cipher: cipher, on: c)
        print("account \(username): \(role.rawValue) of \(org) (org \(orgID)), id \(e.accountID)")
        if let secret = e.totpSecret, let uri = e.provisioningURI {
            print("TOTP secret (shown once): \(secret)")
            print("  \(uri)")
        }
    }
}
