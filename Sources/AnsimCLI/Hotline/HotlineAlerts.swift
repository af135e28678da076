import AnsimHotline
import AnsimServer
import AnsimSupport
import ArgumentParser
import Foundation

/// `ansim hotline alerts`.
struct HotlineAlerts: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alerts", abstract: "List geofence alerts of your cases.")
    @OptionGroup var actor: HotlineActor
    @Option(help: "Only this case.") var `case`: Int64?
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let alerts = try actor.run { c, _, store in try store.alerts(caseID: `case`, on: c) }
        if json { return print(try HotlineOutput.json(alerts)) }
        let f = ISO8601DateFormatter()
        for a in alerts {
            print(
                "\(f.string(from: a.fixAt))  \(a.level.padding(toLength: 9, withPad: " ", startingAt: 0)) \(a.caseNo)  \(a.placeKind) \(Int(a.distanceM)) m  tag \(a.tag)\(a.late ? "  (late fix)" : "")  → \(a.recipients.joined(separator: ", "))"
            )
        }
        if alerts.isEmpty { print("no alerts") }
    }
}
