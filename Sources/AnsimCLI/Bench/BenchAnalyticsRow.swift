import Foundation

/// One line of `ansim bench analytics`: Ansim's and the reference's figures for one test, the
/// goal, how far apart the two answers are, and both peak memories.
struct BenchAnalyticsRow {
    /// The --only name: gistar, moran or kde.
    var test: String
    /// What is computed and by which reference, for the table.
    var title: String
    /// The input size, for the table.
    var size: String
    /// Ansim's computation in process (median of the timed runs), seconds.
    var ansim: Double
    /// Ansim reading the input CSV as `ansim analyze` does, then computing, seconds.
    var endToEnd: Double
    /// Ansim's peak resident memory during the stage, bytes.
    var ansimPeak: Int
    /// The reference's own timing of its computation, seconds (nil without --reference).
    var reference: Double?
    /// The reference's peak resident memory, bytes.
    var referencePeak: Int?
    /// The goal: reference seconds / Ansim seconds at least this.
    var goal: Double
    /// The agreement measure's name ("max |Δz|") and value.
    var agreementName: String
    var agreement: Double?
    /// Further figures for --json (reference JSON, Monte-Carlo comparisons…).
    var extra: [String: Any] = [:]
    /// Lines printed under the table.
    var notes: [String] = []

    /// reference / Ansim.
    var ratio: Double? { reference.map { $0 / ansim } }
    var met: Bool? { ratio.map { $0 >= goal } }

    /// The figures as a JSON object.
    var json: [String: Any] {
        var out: [String: Any] = [
            "test": test, "title": title, "size": size, "ansim_seconds": ansim,
            "ansim_end_to_end_seconds": endToEnd, "ansim_peak_bytes": ansimPeak, "goal": goal,
            "agreement_measure": agreementName,
        ]
        out["reference_seconds"] = reference
        out["reference_peak_bytes"] = referencePeak
        out["ratio"] = ratio
        out["met"] = met
        out["agreement"] = agreement
        out.merge(extra) { a, _ in a }
        return out
    }

    /// Prints the table of `rows` with a heading and the notes.
    static func printTable(_ rows: [BenchAnalyticsRow], heading: [String]) {
        heading.forEach { print($0) }
        let header = [
            "test", "size", "ansim s", "e2e s", "ref s", "ratio", "goal", "met", "agreement",
        ]
        var lines = [header]
        for r in rows {
            lines.append([
                r.title, r.size, String(format: "%.4f", r.ansim), String(format: "%.3f", r.endToEnd),
                r.reference.map { String(format: "%.2f", $0) } ?? "—",
                r.ratio.map { String(format: "%.1f×", $0) } ?? "—", String(format: "≥ %.0f×", r.goal),
                r.met.map { $0 ? "yes" : "NO" } ?? "—",
                r.agreement.map { "\(r.agreementName) \(String(format: "%.1e", $0))" } ?? "—",
            ])
        }
        printAligned(lines, rightAligned: [2, 3, 4, 5])
        print("peak memory (max RSS while the stage ran)")
        var memory = [["test", "ansim", "reference"]]
        for r in rows {
            memory.append([
                r.title, BenchAnalyticsMemory.format(r.ansimPeak),
                r.referencePeak.map(BenchAnalyticsMemory.format) ?? "—",
            ])
        }
        printAligned(memory, rightAligned: [1, 2])
        for r in rows where !r.notes.isEmpty {
            r.notes.forEach { print("  " + $0) }
        }
    }

    /// Prints `lines` as columns two spaces apart, indented by two.
    private static func printAligned(_ lines: [[String]], rightAligned: Set<Int>) {
        let widths = lines[0].indices.map { c in lines.map { $0[c].count }.max() ?? 0 }
        for line in lines {
            let cells = line.enumerated().map { c, text in
                let pad = String(repeating: " ", count: widths[c] - text.count)
                return rightAligned.contains(c) ? pad + text : text + pad
            }
            print(
                "  "
                    + cells.joined(separator: "  ").replacingOccurrences(
                        of: "\\s+$", with: "", options: .regularExpression))
        }
    }
}
