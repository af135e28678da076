import Foundation

/// Domain rules some tables need after the declarative mapping: what a police
/// facility is and what it is called, and wide statistics tables unpivoted.
enum TargetRules {
    /// Applies the table's rule to mapped values; returns a quarantine reason or nil.
    static func apply(_ table: String, _ columns: [TargetColumn], _ values: inout [String?]) -> String? {
        switch table {
        case "police_org": return policeFacility(columns, &values)
        case "call_112": return callTimeline(columns, values)
        default: return nil
        }
    }

    /// Police facility names come as "서울강서경찰서", "가양지구대", "서울강서경찰서 가양지구대"
    /// (a box filed under its station) or "불광2치안센터". The type follows from the
    /// name's suffix, else from the source's category column (kept in `subtype`);
    /// station names drop the "서울" prefix ("강서경찰서") as the statistics write them.
    static func policeFacility(_ columns: [TargetColumn], _ values: inout [String?]) -> String? {
        func index(_ name: String) -> Int { columns.firstIndex { $0.name == name }! }
        let (k, n, s) = (index("kind"), index("name"), index("subtype"))
        guard var name = values[n]?.trimmed, !name.isEmpty else {
            return "name is empty"
        }
        if name.contains("예정") { return "planned, not yet in service: \(name)" }
        let suffixes = ["지구대", "파출소", "치안센터", "순찰대", "경찰서"]
        let words = name.split(separator: " ").map(String.init)
        if words.count > 1 {
            let tail = words[words.count - 1]
            if ["지구대", "파출소", "치안센터", "순찰대"].contains(where: { tail.hasSuffix($0) }) {
                name = tail
            } else if words[0].hasSuffix("경찰서") {
                return "a department of \(words[0]), not a facility of its own: \(name)"
            }
        }
        let category = values[s] ?? values[k] ?? ""
        var kind: String?
        var subtype: String?
        for (suffix, k, sub) in [
            ("지구대", "box", "지구대"), ("파출소", "box", "파출소"), ("치안센터", "centre", nil),
            ("순찰대", "box", "순찰대"), ("경찰서", "station", nil), ("경찰청", "agency", nil), ("청", "agency", nil),
        ] where name.hasSuffix(suffix) {
            (kind, subtype) = (k, sub)
            break
        }
        if kind == nil {
            switch category {
            case "지구대", "파출소": (kind, subtype) = ("box", category)
            case "치안센터": kind = "centre"
            case "box", "centre": kind = category
            default:
                return
                    "not a station, box or centre by its name (\(suffixes.joined(separator: "/"))): \(name)"
            }
        }
        if kind == "station", name.hasPrefix("서울"), name.count > 5 { name = String(name.dropFirst(2)) }
        values[n] = name
        values[k] = kind
        values[s] = subtype
        return nil
    }

    /// A 112 call's timeline must run forward: received ≤ dispatched ≤ arrived.
    static func callTimeline(_ columns: [TargetColumn], _ values: [String?]) -> String? {
        func date(_ name: String) -> Double? {
            guard let i = columns.firstIndex(where: { $0.name == name }), let v = values[i] else {
                return nil
            }
            return ValueParser.instant(v)
        }
        let received = date("received_at"), dispatched = date("dispatched_at"), arrived = date("arrived_at")
        if let r = received, let d = dispatched, d < r { return "dispatched before it was received" }
        if let d = dispatched, let a = arrived, a < d { return "arrived before it was dispatched" }
        return nil
    }

    /// Builds the `counts` JSON of a wide statistics row: for each crime, its values
    /// (발생 → occurred, 검거 → arrested) from consecutive columns.
    static func wideCounts(_ layout: SourceDefinition.WideLayout, _ record: SourceRecord) throws -> String {
        var items: [[String: Any]] = []
        for (i, crime) in layout.crimes.enumerated() {
            var item: [String: Any] = ["crime": crime]
            for (j, name) in layout.values.enumerated() {
                let column = layout.from + i * layout.values.count + j
                guard column < record.values.count else {
                    throw ValueError("no column \(column) for \(crime) \(name)")
                }
                // Korean statistics tables write a zero as "-".
                let text = record.values[column]?.trimmed ?? ""
                if let v = text == "-" ? 0 : try ValueParser.integer(text) { item[name] = v }
            }
            guard item["occurred"] != nil else { throw ValueError("no 발생 count for \(crime)") }
            items.append(item)
        }
        let data = try JSONSerialization.data(withJSONObject: items, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }
}
