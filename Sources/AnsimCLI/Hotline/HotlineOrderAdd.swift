import AnsimHotline
import AnsimServer
import AnsimSupport
import ArgumentParser
import Foundation

/// `ansim hotline order add`.
struct HotlineOrderAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add a protective order (and optionally a protected place) to a case.")
    @OptionGroup var actor: HotlineActor
    @Argument(help: "Case id.") var id: Int64
    @Option(help: "no_approach, no_telecom or electronic_monitoring (at most 9 months).") var kind: String
    @Option(help: "First day (YYYY-MM-DD).") var from: String
    @Option(help: "Last day (YYYY-MM-DD).") var to: String
    @Option(help: "No-approach distance in metres.") var radius = 100.0
    @Option(help: "Also protect this place: kind:lon,lat (e.g. home:127.0276,37.4979).") var place: [String] =
        []

    func run() throws {
        let ids = try actor.run { c, p, store -> [Int64] in
            let r = HotlineRequest.Order(kind: kind, startsOn: from, endsOn: to, radiusM: radius)
            guard let order = try store.addOrder(id, r, by: p.username, on: c) else {
                throw AnsimError("case \(id) not found (or not one of \(p.username)'s organisation's cases)")
            }
            var out = [order]
            for spec in place {
                let parts = spec.split(separator: ":")
                let xy = parts.count == 2 ? parts[1].split(separator: ",").compactMap { Double($0) } : []
                guard xy.count == 2 else { throw AnsimError("--place must be kind:lon,lat (got \(spec))") }
                let pl = HotlineRequest.Place(kind: String(parts[0]), lon: xy[0], lat: xy[1])
                out.append(try store.addPlace(id, pl, on: c)!)
            }
            return out
        }
        print(
            "order \(ids[0]) added to case \(id)"
                + (ids.count > 1
                    ? "; places \(ids.dropFirst().map(String.init).joined(separator: ", "))" : ""))
    }
}
