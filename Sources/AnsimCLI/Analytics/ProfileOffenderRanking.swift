import AnsimAnalytics
import AnsimAnalyticsStore
import AnsimServer
import AnsimStore
import AnsimSupport
import ArgumentParser
import Foundation

/// `ansim analyze profile --rank-offenders …`: registered offenders ranked by the profile's
/// surface at their address, read as an account's (or a role's) database role and audited.
struct ProfileOffenderRanking: ParsableArguments {
    @Flag(help: "Rank the registered offenders in the grid by p at their address (database; audited).")
    var rankOffenders = false

    @Option(help: "With --rank-offenders: list the first N.")
    var top = 20

    @Option(help: "With --rank-offenders: only this offence class (repeat for several).")
    var offenceClass: [String] = []

    @Option(name: .customLong("as"), help: "With --rank-offenders: the account to act as (its role applies).")
    var account: String?

    @Option(help: "With --rank-offenders: act as this role instead (dispatcher, patrol_officer, analyst).")
    var asRole: String?

    @Option(help: "With --rank-offenders: why (recorded in the audit trail).")
    var purpose = "geographic profile: prioritise suspects (cli)"

    @Option(name: .customLong("case"), help: "With --rank-offenders: the case number, the audit record's subject.")
    var caseNumber: String?

    @Option(help: "With --rank-offenders: write the ranking to this CSV instead of standard output.")
    var offendersOut: String?

    func validate() throws {
        guard rankOffenders else {
            if account != nil || asRole != nil || offendersOut != nil || !offenceClass.isEmpty {
                throw ValidationError("--as, --as-role, --offence-class and --offenders-out need --rank-offenders")
            }
            return
        }
        guard (account == nil) != (asRole == nil) else {
            throw ValidationError("--rank-offenders needs who asks: --as <account> or --as-role <role>")
        }
        if let asRole, AppRole(rawValue: asRole) == nil {
            throw ValidationError(
                "--as-role must be one of \(AppRole.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard top > 0 else { throw ValidationError("--top must be at least 1") }
    }

    /// Ranks and prints when --rank-offenders was given.
    func runIfAsked(profile: GeographicProfile) throws {
        guard rankOffenders else { return }
        let c = try Database.connect()
        let who: (role: AppRole, actor: String, org: String)
        if let account {
            let principal = try AccountStore.principal(account, on: c)
            who = (principal.role, principal.username, String(principal.orgID))
        } else {
            let user = ProcessInfo.processInfo.environment["USER"] ?? ProcessInfo.processInfo.userName
            who = (AppRole(rawValue: asRole!)!, "cli:" + user, "")
        }
        let (role, actor, org) = who
        let subject = caseNumber.map { "case:" + $0 } ?? "profile ranking"
        let (offenders, inside) = try APIDatabase.transaction(
            c, role: role.databaseRole,
            settings: [("ansim.user", actor), ("ansim.org_id", org), ("ansim.client", "cli"), ("ansim.purpose", purpose)],
            purpose: purpose
        ) { c in
            try OffenderRanking.rank(
                profile: profile, offenceClasses: offenceClass, top: top, role: role.databaseRole,
                purpose: purpose, subject: subject, on: c)
        }
        let identities = OffenderRanking.identityRoles.contains(role.databaseRole)
        var header = ["rank", "p", "searched_pct", "offence_class", "released_on"]
        if identities { header += ["id", "ref", "x", "y", "name", "birth_year", "address"] }
        var text = header.joined(separator: ",") + "\n"
        for o in offenders {
            var fields = [
                String(o.rank), AnalyticsIO.number(o.p), AnalyticsIO.number((o.searched * 100).rounded() / 100),
                o.offenceClass, o.releasedOn ?? "",
            ]
            if identities {
                fields += [
                    o.id.map(String.init) ?? "", o.ref ?? "", o.x.map(AnalyticsIO.number) ?? "",
                    o.y.map(AnalyticsIO.number) ?? "", o.name ?? "", o.birthYear.map(String.init) ?? "",
                    o.address ?? "",
                ]
            }
            text += fields.map(Self.csv).joined(separator: ",") + "\n"
        }
        let note =
            "ranked \(inside) registered offenders in the grid by p at their address; listed \(offenders.count)"
            + (identities ? "" : " without identities (\(role.rawValue): no need-to-know)")
            + "; audited as \(actor) (\(role.databaseRole))"
        if let offendersOut {
            guard FileManager.default.createFile(atPath: offendersOut, contents: Data(text.utf8)) else {
                throw AnsimError("cannot write \(offendersOut)")
            }
            print(note + " to \(offendersOut)")
        } else {
            print(note + ":")
            print(text, terminator: "")
        }
    }

    /// A CSV field, quoted when it holds a comma, quote or line break.
    static func csv(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline })
            ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}
