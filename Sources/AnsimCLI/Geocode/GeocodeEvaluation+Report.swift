import AnsimGeocode
import Foundation

/// The evaluation as text and JSON.
extension GeocodeEvaluation {
    /// The rows of the report: which addresses, which precisions count as matched.
    static let rows: [(key: String, label: String, kind: ParsedAddress.Kind?, precisions: Set<GeocodePrecision>)] = [
        ("road_interval", "road-name addresses, interval precision", .road, [.interval]),
        ("road_street", "road-name addresses, street precision (interval or road)", .road, [.interval, .road]),
        ("lot_dong", "lot-number addresses, 법정동 precision", .lot, [.beopjeongdong, .hangjeongdong]),
        ("all_any", "all addresses, any precision", nil, Set(GeocodePrecision.allCases)),
    ]

    func json(file: String) -> [String: Any] {
        var byPrecision: [String: Int] = [:]
        for p in GeocodePrecision.allCases { byPrecision[p.rawValue] = count(p) }
        var out: [String: Any] = [
            "file": file, "addresses": cases.count, "road_addresses": total(.road), "lot_addresses": total(.lot),
            "by_precision": byPrecision, "unmatched": outcomes.filter { $0.match == nil }.count,
            "addresses_per_second": Int(addressesPerSecond),
            "reverse_round_trip": ["same": roundTrips.same, "of": roundTrips.of],
        ]
        for row in Self.rows {
            let e = errors(row.precisions, kind: row.kind)
            out[row.key] = [
                "n": total(row.kind), "matched": e.count,
                "match_rate": GeocodeCommand.rounded(Double(e.count) / Double(max(1, total(row.kind))), 4),
                "median_m": Self.quantile(e, 0.5).map { GeocodeCommand.rounded($0, 1) } ?? NSNull(),
                "p90_m": Self.quantile(e, 0.9).map { GeocodeCommand.rounded($0, 1) } ?? NSNull(),
                "within_30m": e.filter { $0 <= 30 }.count,
            ]
        }
        return out
    }

    func text(file: String, worst: Int) -> String {
        var lines = [
            "\(file): \(cases.count) addresses with coordinates (\(total(.road)) road-name, \(total(.lot)) lot-number)"
        ]
        let counts = GeocodePrecision.allCases.map { "\($0.rawValue) \(count($0))" }
        let unmatched = outcomes.filter { $0.match == nil }.count
        lines.append("  matched: " + counts.joined(separator: ", ") + ", unmatched \(unmatched)")
        for row in Self.rows {
            let e = errors(row.precisions, kind: row.kind)
            let n = Double(max(1, total(row.kind)))
            lines.append(
                String(
                    format: "  %@: %d of %d (%.1f%%), error median %.1f m, p90 %.1f m, %.1f%% within 30 m", row.label,
                    e.count, total(row.kind), 100 * Double(e.count) / n, Self.quantile(e, 0.5) ?? .nan,
                    Self.quantile(e, 0.9) ?? .nan, 100 * Double(e.filter { $0 <= 30 }.count) / max(1, Double(e.count))))
        }
        lines.append(String(format: "  throughput: %.0f addresses/s (one thread)", addressesPerSecond))
        lines.append("  reverse(forward(a)) = a: \(roundTrips.same) of \(roundTrips.of) exact interval matches")
        var reasons: [String: Int] = [:]
        for o in outcomes { if let r = o.reason { reasons[Self.category(r), default: 0] += 1 } }
        for (r, k) in reasons.sorted(by: { $0.value > $1.value }).prefix(5) { lines.append("  unmatched \(k) × \(r)") }
        if worst > 0 {
            let ranked = cases.indices.compactMap { i in errors[i].map { (i, $0) } }.sorted { $0.1 > $1.1 }.prefix(worst)
            for (i, e) in ranked {
                let m = outcomes[i].match!
                lines.append(
                    String(format: "  %7.0f m  line %d  %@  → %@ %@", e, cases[i].line, cases[i].address, m.precision.rawValue, m.note ?? ""))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// A reason with the specifics taken out, for counting.
    static func category(_ reason: String) -> String {
        if reason.hasPrefix("no road named") { return "road not in the map" }
        if reason.hasPrefix("no road ") { return "road in another 시군구" }
        if reason.contains("exists in") { return "ambiguous without 시군구" }
        if reason.hasPrefix("no 법정동") { return "unknown 동" }
        return reason
    }
}
