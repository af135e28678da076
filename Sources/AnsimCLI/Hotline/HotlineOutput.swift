import AnsimHotline
import AnsimServer
import AnsimStore
import AnsimSupport
import ArgumentParser
import Foundation

/// Output helpers shared by the hotline commands.
enum HotlineOutput {
    static func json(_ value: some Encodable) throws -> String {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        e.dateEncodingStrategy = .iso8601
        return String(decoding: try e.encode(value), as: UTF8.self)
    }

    /// An organisation id from a number or a name.
    static func org(_ text: String?, on c: Connection) throws -> Int64? {
        guard let text else { return nil }
        if let id = Int64(text) { return id }
        let rows = try c.query(
            "SELECT id FROM ansim_org WHERE name = $1", [text], purpose: "find organisation \(text)")
        guard let row = rows.first else { throw AnsimError("no organisation named \(text)") }
        return try row.decode(Int64.self, at: 0)
    }

    static func text(_ v: CaseView) -> String {
        var s = """
            case \(v.caseNo) (id \(v.id))\(v.synthetic ? "  [synthetic]" : "")
              status \(v.status), risk \(v.riskLevel); city org \(v.cityOrgID), police org \(v.policeOrgID.map(String.init) ?? "-")
              assigned: worker \(v.assignedWorker ?? "-"), liaison \(v.assignedLiaison ?? "-")
              victim \(v.victimRef): \(v.victimName)\(v.victimContact.map { ", " + $0 } ?? "")\(v.victimAddress.map { ", " + $0 } ?? "")
              offender \(v.offenderRef): \(v.offenderName ?? "-"), tag \(v.offenderTag ?? "-")
              relocation paid \(v.relocationKRW) KRW of 2000000

            """
        for o in v.orders {
            s += "  order \(o.id): \(o.kind) \(o.startsOn) … \(o.endsOn), \(Int(o.radiusM)) m\n"
        }
        for p in v.places {
            s +=
                "  place \(p.id): \(p.kind) at (\(String(format: "%.0f", p.x)), \(String(format: "%.0f", p.y)))\(p.address.map { ", " + $0 } ?? "")\n"
        }
        for r in v.riskHistory { s += "  risk \(r.from ?? "-") → \(r.to) by \(r.actor): \(r.reason)\n" }
        return s
    }
}
