import AnsimHotline
import AnsimServer
import AnsimStore
import AnsimSupport
import ArgumentParser
import Foundation

/// `ansim hotline recurrence scan|report`.
struct HotlineRecurrence: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recurrence", abstract: "Recurrence checks after closure.",
        subcommands: [HotlineRecurrenceScan.self, HotlineRecurrenceReport.self])
}
