import AnsimHotline
import AnsimServer
import AnsimSupport
import ArgumentParser
import Foundation

/// `ansim hotline case open`.
struct HotlineCaseOpen: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "open", abstract: "Open a case.")
    @OptionGroup var actor: HotlineActor
    @Option(help: "City organisation (name or id).") var cityOrg: String
    @Option(help: "Police organisation (name or id).") var policeOrg: String?
    @Option(help: "Police case number.") var policeCase: String?
    @Option(help: "Victim's name (encrypted).") var victimName: String
    @Option(help: "Victim's contact (encrypted).") var victimContact: String?
    @Option(help: "Victim's address (encrypted).") var victimAddress: String?
    @Option(help: "An existing victim reference (the relocation cap is per victim).") var victimRef: String?
    @Option(help: "Offender's name (encrypted).") var offenderName: String?
    @Option(help: "Offender's GPS tag id.") var offenderTag: String?
    @Option(help: "Risk level: low, medium, high, critical.") var risk = "medium"
    @Option(help: "Reason for the risk level.") var reason = "initial assessment"
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let view = try actor.run { c, _, store in
            var r = HotlineRequest.OpenCase(
                cityOrgID: try HotlineOutput.org(cityOrg, on: c)!,
                policeOrgID: try HotlineOutput.org(policeOrg, on: c),
                victimName: victimName)
            (r.policeCaseNo, r.victimContact, r.victimAddress, r.victimRef) = (
                policeCase, victimContact, victimAddress, victimRef
            )
            (r.offenderName, r.offenderTag, r.riskLevel, r.reason) = (offenderName, offenderTag, risk, reason)
            return try store.show(try store.openCase(r, on: c), purpose: actor.purpose, on: c)!
        }
        print(json ? try HotlineOutput.json(view) : HotlineOutput.text(view), terminator: json ? "\n" : "")
    }
}
