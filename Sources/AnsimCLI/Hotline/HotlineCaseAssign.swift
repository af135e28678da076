import AnsimHotline
import AnsimServer
import AnsimSupport
import ArgumentParser
import Foundation

/// `ansim hotline case assign`.
struct HotlineCaseAssign: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assign", abstract: "Assign a case (supervisors).")
    @OptionGroup var actor: HotlineActor
    @Argument(help: "Case id.") var id: Int64
    @Option(help: "City organisation (name or id).") var cityOrg: String?
    @Option(help: "Police organisation (name or id).") var policeOrg: String?
    @Option(help: "Worker's username.") var worker: String?
    @Option(help: "Liaison's username.") var liaison: String?

    func run() throws {
        let done = try actor.run { c, p, store in
            guard p.role == .supervisor else {
                throw AnsimError("only supervisors assign cases (\(p.username) is \(p.role.rawValue))")
            }
            let r = HotlineRequest.Assign(
                cityOrgID: try HotlineOutput.org(cityOrg, on: c),
                policeOrgID: try HotlineOutput.org(policeOrg, on: c),
                worker: worker, liaison: liaison)
            return try store.assign(id, r, on: c)
        }
        guard done else {
            throw AnsimError("case \(id) not found (or not one of \(actor.username)'s organisation's cases)")
        }
        print("case \(id) assigned")
    }
}
