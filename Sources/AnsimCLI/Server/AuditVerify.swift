import AnsimServer
import AnsimStore
import ArgumentParser
import Foundation

/// `ansim audit verify`.
struct AuditVerify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Recompute the audit chain; exit 1 when a record was edited or deleted.",
        discussion: """
            Checks every record of ansim_audit in order: contiguous numbers, each record's \
            prev_hash equal to the previous hash, each hash = SHA-256(prev_hash ‖ the record's \
            canonical text) recomputed here, and the last record equal to ansim_audit_head. \
            Prints the head hash: keep it somewhere else (a ticket, a notebook) to detect a \
            rewrite of the whole chain later with --expect-head.
            """)

    @Option(
        help: "Fail unless the record with this hash (hex) is still in the chain's head position or before.")
    var expectHead: String?
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let c = try Database.connect()
        let report = try AuditVerifier.verify(c)
        var ok = report.intact
        var problem = report.problem
        if ok, let expectHead {
            let found = try c.query(
                "SELECT seq FROM ansim_audit WHERE hash = decode($1, 'hex')", [expectHead.lowercased()],
                purpose: "find the expected head")
            if found.isEmpty {
                ok = false
                problem =
                    "the recorded head \(expectHead.prefix(16))… is no longer in the chain: it was rewritten"
            }
        }
        if json {
            let e = JSONEncoder()
            e.outputFormatting = [.sortedKeys]
            var r = report
            (r.intact, r.problem) = (ok, problem)
            print(String(decoding: try e.encode(r), as: UTF8.self))
        } else if ok {
            print("audit chain intact: \(report.records) records, head \(report.headSeq) \(report.headHash)")
        } else {
            print("audit chain BROKEN: \(problem ?? "")")
        }
        if !ok { throw ExitCode(1) }
    }
}
