import AnsimHotline
import AnsimServer
import AnsimSupport
import ArgumentParser
import Foundation

/// `ansim hotline case show`.
struct HotlineCaseShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show a case (the read is audited).")
    @OptionGroup var actor: HotlineActor
    @Argument(help: "Case id.") var id: Int64
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        guard let view = try actor.run({ c, _, store in try store.show(id, purpose: actor.purpose, on: c) })
        else {
            throw AnsimError("case \(id) not found (or not one of \(actor.username)'s organisation's cases)")
        }
        print(json ? try HotlineOutput.json(view) : HotlineOutput.text(view), terminator: json ? "\n" : "")
    }
}
