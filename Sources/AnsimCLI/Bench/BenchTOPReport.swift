import Foundation

/// The summary of `ansim bench top`: mean ratio per set, unseen instances, the goal.
struct BenchTOPReport {
    let rows: [BenchTOPRow]
    let ansimLimit: Double
    let referenceLimits: [Double]

    private var known: [BenchTOPRow] { rows.filter { $0.item.bestKnown != nil } }
    private var unseen: [BenchTOPRow] { rows.filter { $0.item.bestKnown == nil } }

    private func mean(_ values: [Double?]) -> Double? {
        let v = values.compactMap { $0 }
        return v.isEmpty ? nil : v.reduce(0, +) / Double(v.count)
    }

    private func percent(_ v: Double?) -> String {
        v.map { BenchTOPRow.fixed(100 * $0, 2) + " %" } ?? "–"
    }

    private func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
    }

    /// The columns: Ansim, then OR-Tools at each limit.
    private var headers: [String] {
        ["Ansim \(BenchTOPRow.number(ansimLimit)) s"]
            + referenceLimits.map { "OR-Tools \(BenchTOPRow.number($0)) s" }
    }

    /// Mean ratios over `rows` for each column.
    private func columns(_ rows: [BenchTOPRow]) -> [Double?] {
        [mean(rows.map { $0.ratio($0.ansim.score) })]
            + referenceLimits.indices.map { i in mean(rows.map { $0.ratio($0.reference[i].score) }) }
    }

    /// The human-readable report.
    func text() -> String {
        var out =
            "ansim bench top: mean score / best-known (Chao, Golden & Wasil 1996 instances); "
            + "Ansim: 2 parallel seeded searches, OR-Tools: GLS, 1 thread\n"
        out += pad("set", 8) + pad("inst", 6) + headers.map { pad($0, 16) }.joined() + "\n"
        let sets = Array(Set(known.map(\.item.set))).sorted()
        for set in sets + ["all"] {
            let group = set == "all" ? known : known.filter { $0.item.set == set }
            guard !group.isEmpty else { continue }
            out +=
                pad(set, 8) + pad(String(group.count), 6)
                + columns(group).map { pad(percent($0), 16) }.joined() + "\n"
        }
        let hits = known.filter { $0.ansim.score >= $0.item.bestKnown! - 1e-9 }.count
        let above = known.filter { $0.ansim.score > $0.item.bestKnown! + 1e-9 }.count
        let all = rows.map(\.ansim)
        out +=
            "Ansim: best-known reached on \(hits)/\(known.count) (above it on \(above)); "
            + "infeasible plans \(all.filter { !$0.feasible }.count); wall time mean "
            + BenchTOPRow.fixed(all.map(\.seconds).reduce(0, +) / Double(max(1, all.count)), 2)
            + " s, max " + BenchTOPRow.fixed(all.map(\.seconds).max() ?? 0, 2) + " s\n"
        if !referenceLimits.isEmpty {
            let bad = rows.flatMap(\.reference).filter { !$0.feasible }.count
            out += "OR-Tools: plans rejected by the checker (counted as 0) \(bad)\n"
        }
        if !unseen.isEmpty {
            out += "\nunseen 100-customer instances (score; ratio = Ansim / OR-Tools at its longest limit)\n"
            out += pad("instance", 22) + headers.map { pad($0, 16) }.joined() + "ratio\n"
            for row in unseen {
                out +=
                    pad(row.item.name, 22) + pad(BenchTOPRow.number(row.ansim.score), 16)
                    + row.reference.map { pad(BenchTOPRow.number($0.score), 16) }.joined()
                    + percent(row.ratio(row.ansim.score)) + "\n"
            }
            out += pad("mean ratio", 22) + percent(mean(unseen.map { $0.ratio($0.ansim.score) })) + "\n"
        }
        let overall = columns(known)[0]
        let met = (overall ?? 0) >= 0.99
        out +=
            "\ngoal: Ansim ≥ 99 % of best-known at 1 s per instance: "
            + (known.isEmpty
                ? "no benchmark instances" : (met ? "met" : "NOT met") + " (\(percent(overall)))")
        if ansimLimit != 1 { out += " [this run used \(BenchTOPRow.number(ansimLimit)) s]" }
        return out
    }

    /// The report as one JSON object.
    func json() -> String {
        let items: [[String: Any]] = rows.map { row in
            var item: [String: Any] = [
                "instance": row.item.name, "set": row.item.set, "ansim_score": row.ansim.score,
                "ansim_seconds": row.ansim.seconds, "ansim_feasible": row.ansim.feasible,
            ]
            if let bks = row.item.bestKnown { item["best_known"] = bks }
            item["ortools"] = zip(referenceLimits, row.reference).map { limit, r in
                ["limit": limit, "score": r.score, "seconds": r.seconds, "feasible": r.feasible]
                    as [String: Any]
            }
            return item
        }
        let columns = columns(known)
        let summary: [String: Any] = [
            "ansim_limit": ansimLimit, "reference_limits": referenceLimits,
            "mean_ratio_ansim": columns[0] ?? NSNull(),
            "mean_ratio_ortools": columns.dropFirst().map { $0 ?? NSNull() as Any },
            "unseen_mean_ratio_vs_ortools": mean(unseen.map { $0.ratio($0.ansim.score) }) ?? NSNull(),
        ]
        let object: [String: Any] = ["summary": summary, "instances": items]
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }
}
