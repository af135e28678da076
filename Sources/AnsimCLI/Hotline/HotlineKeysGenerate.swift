import AnsimHotline
import AnsimServer
import AnsimStore
import AnsimSupport
import ArgumentParser
import Foundation

/// `ansim hotline keys generate`.
struct HotlineKeysGenerate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate", abstract: "Print a new random key line (`id base64`) for a key file.",
        discussion:
            "Append it to a file outside the repository, chmod 600, and point ANSIM_FIELD_KEY_FILE at it.")
    @Option(help: "Key id.") var id: UInt32 = 1
    func run() { print(FieldKeyring.generateLine(id: id)) }
}
