import AnsimHotline
import AnsimServer
import AnsimSupport
import ArgumentParser
import Foundation

/// `ansim hotline support add`.
struct HotlineSupportAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Record support given (relocation is capped at 2,000,000 KRW per victim).")
    @OptionGroup var actor: HotlineActor
    @Argument(help: "Case id.") var id: Int64
    @Option(help: "relocation, bodyguard, shelter, legal, psychological or medical.") var programme: String
    @Option(help: "Amount in KRW.") var amount: Int64 = 0
    @Option(help: "Days, nights or sessions.") var quantity = 1
    @Option(help: "Date provided (YYYY-MM-DD).") var on: String

    func run() throws {
        let new = try actor.run { c, p, store in
            try store.addSupport(
                id, .init(programme: programme, amountKRW: amount, quantity: quantity, providedOn: on),
                by: p.username, on: c)
        }
        guard let new else {
            throw AnsimError("case \(id) not found (or not one of \(actor.username)'s organisation's cases)")
        }
        print("support \(new) recorded: \(programme) \(amount) KRW × \(quantity) on \(on)")
    }
}
