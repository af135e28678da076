import AnsimStore
import AnsimSupport

/// The time window of a hotspot run: ISO dates in Asia/Seoul time, from inclusive, to
/// exclusive. A missing end is the day after the latest event of the source; a missing
/// start is one year before the end.
enum HotspotWindow {
    static func resolve(_ request: HotspotRequest, on connection: Connection) throws -> (String, String) {
        let to: String
        if let given = request.to {
            to = try date(given, flag: "--to", on: connection)
        } else {
            let sql = """
                SELECT to_char((max(\(request.source.timeColumn)) AT TIME ZONE 'Asia/Seoul')::date + 1, 'YYYY-MM-DD')
                FROM \(request.source.rawValue) WHERE agency = $1
                """
            let rows = try connection.query(sql, [request.agency], purpose: "find the latest event")
            guard let latest = rows.first?[0] else {
                throw AnsimError(
                    "\(request.source.rawValue) holds no events of agency \(request.agency); load some first "
                        + "(`ansim etl load`, or `ansim synth incidents` for synthetic ones)")
            }
            to = latest
        }
        let from: String
        if let given = request.from {
            from = try date(given, flag: "--from", on: connection)
        } else {
            let rows = try connection.query(
                "SELECT to_char($1::date - interval '1 year', 'YYYY-MM-DD')", [to], purpose: "a year back")
            from = rows[0][0]!
        }
        guard from < to else { throw AnsimError("--from \(from) is not before --to \(to)") }
        return (from, to)
    }

    /// The date in ISO form; throws naming the flag when PostgreSQL cannot read it as a date.
    static func date(_ text: String, flag: String, on connection: Connection) throws -> String {
        let shape =
            text.utf8.count == 10
            && text.utf8.enumerated().allSatisfy { i, b in
                (i == 4 || i == 7) ? b == UInt8(ascii: "-") : (b >= 48 && b <= 57)
            }
        guard shape,
            let rows = try? connection.query("SELECT to_char($1::date, 'YYYY-MM-DD')", [text], purpose: flag),
            let iso = rows.first?[0]
        else {
            throw AnsimError("\(flag) \(text): not a date (expected YYYY-MM-DD, e.g. 2023-01-01)")
        }
        return iso
    }
}
