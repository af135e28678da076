import AnsimHotline
import AnsimServer
import AnsimSupport
import ArgumentParser
import Foundation

/// `ansim hotline order add`.
struct HotlineOrderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "order", abstract: "Protective orders.", subcommands: [HotlineOrderAdd.self])
}
