import AnsimHotline
import AnsimServer
import AnsimStore
import AnsimSupport
import ArgumentParser
import Foundation

/// `ansim hotline keys generate|rotate`.
struct HotlineKeys: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys", abstract: "Field encryption keys.",
        subcommands: [HotlineKeysGenerate.self, HotlineKeysRotate.self])
}
