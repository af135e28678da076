import AnsimHotline
import AnsimServer
import AnsimSupport
import ArgumentParser
import Foundation

/// `ansim hotline case close`.
struct HotlineCaseClose: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "close", abstract: "Close a case; --monitor-months keeps recurrence checks on.")
    @OptionGroup var actor: HotlineActor
    @Argument(help: "Case id.") var id: Int64
    @Option(help: "Months of recurrence monitoring after closure (0: closed outright).") var monitorMonths = 6

    func run() throws {
        let done = try actor.run { c, _, store in
            try store.close(id, monitorMonths: monitorMonths, now: Date(), on: c)
        }
        guard done else {
            throw AnsimError("case \(id) not found, not visible to \(actor.username), or already closed")
        }
        print(
            monitorMonths > 0
                ? "case \(id) closed; monitored for recurrence for \(monitorMonths) months"
                : "case \(id) closed")
    }
}
