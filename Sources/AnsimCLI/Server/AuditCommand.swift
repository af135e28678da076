import AnsimServer
import AnsimStore
import ArgumentParser
import Foundation

/// `ansim audit`: the tamper-evident audit trail.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "Check the hash-chained audit trail.", subcommands: [AuditVerify.self]
    )
}
