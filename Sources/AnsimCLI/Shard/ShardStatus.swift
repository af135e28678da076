import AnsimShard
import AnsimStore
import ArgumentParser
import Foundation

/// `ansim shard status`: per agency, its shard and its event rows — or why the shard
/// cannot be reached. Exits with status 1 when a shard is unavailable.
struct ShardStatus: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Each agency's shard, host and event row counts (exit status 1 if a shard is down).",
        discussion: """
            With --json, prints an array of {"agency", "shard", "host", "available", \
            "incidents", "calls_112", "error"}.
            """
    )

    @Flag(help: "Print the result as JSON.")
    var json = false

    struct Line: Encodable {
        var agency: String
        var shard: String
        var host: String?
        var available: Bool
        var incidents: Int?
        var calls: Int?
        var error: String?

        enum CodingKeys: String, CodingKey {
            case agency, shard, host, available, incidents, error
            case calls = "calls_112"
        }
    }

    func run() throws {
        let router = try ShardRouter(connection: try Database.connect())
        guard !router.placements.isEmpty else {
            throw ValidationError(
                "this database is not a sharded coordinator (no shard_placement view); see docs/SCALE.md")
        }
        var lines: [Line] = []
        for p in router.placements {
            var line = Line(agency: p.agency, shard: p.shard, host: p.host, available: true)
            do {
                let row = try router.query(
                    """
                    SELECT (SELECT count(*) FROM incident WHERE agency = $1),
                           (SELECT count(*) FROM call_112 WHERE agency = $1)
                    """, [p.agency], agency: p.agency, purpose: "count \(p.agency)'s events")[0]
                line.incidents = try row.decode(Int.self, at: 0)
                line.calls = try row.decode(Int.self, at: 1)
            } catch let error as ShardUnavailable {
                line.available = false
                line.error = error.description
            }
            lines.append(line)
        }
        if json {
            try printJSON(lines)
        } else {
            for l in lines {
                let state =
                    l.available
                    ? "\(l.incidents ?? 0) incidents, \(l.calls ?? 0) 112 calls"
                    : "UNAVAILABLE: \(l.error ?? "")"
                print("\(l.agency)\t\(l.shard)\t\(l.host ?? "-")\t\(state)")
            }
        }
        if lines.contains(where: { !$0.available }) { throw ExitCode(1) }
    }
}
