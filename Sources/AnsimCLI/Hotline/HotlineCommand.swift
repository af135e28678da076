import AnsimHotline
import AnsimServer
import AnsimStore
import AnsimSupport
import ArgumentParser
import Foundation

/// `ansim hotline`: the stalking-victim hotline from the command line.
struct HotlineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hotline",
        abstract: "Stalking-victim hotline: cases, orders, support, alerts, recurrence, keys.",
        discussion: """
            Commands that touch cases act as a named account (--as): they run in one \
            transaction as that account's database role, under the same row-level security \
            and audit as the HTTP API (client "cli"). See docs/HOTLINE.md.
            """,
        subcommands: [
            HotlineCaseCommand.self, HotlineOrderCommand.self, HotlineSupportCommand.self, HotlineAlerts.self,
            HotlineRecurrence.self, HotlineKeys.self, HotlineSynth.self,
        ])
}
