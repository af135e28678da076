import AnsimServer
import AnsimStore
import ArgumentParser
import Foundation

/// `ansim account`: organisations and accounts of the HTTP API.
struct AccountCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "account", abstract: "Manage the API's organisations and accounts.",
        subcommands: [AccountAdd.self])
}
