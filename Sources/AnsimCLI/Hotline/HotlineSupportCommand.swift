import AnsimHotline
import AnsimServer
import AnsimSupport
import ArgumentParser
import Foundation

/// `ansim hotline support`.
struct HotlineSupportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "support", abstract: "The support ledger.", subcommands: [HotlineSupportAdd.self])
}
