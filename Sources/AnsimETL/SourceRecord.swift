/// One row of any source: a CSV record or a vector feature, with values by column.
struct SourceRecord {
    /// 1-based line (CSV) or feature number (vector).
    let number: Int
    /// Values by column index (nil: absent or NULL).
    let values: [String?]
    /// The row's text, kept with its quarantine reason.
    let raw: String
    /// The feature's geometry as ISO WKB (vector sources).
    let wkb: [UInt8]?
    /// A problem found while reading (bad bytes, unterminated quote).
    let problem: String?
}

/// Counts of recoverable oddities (a value set to NULL, swapped coordinates), kept with the run.
final class LoadWarnings {
    private(set) var entries: [String: (count: Int, first: Int, example: String)] = [:]
    private var order: [String] = []

    func add(_ message: String, row: Int, example: String = "") {
        if let e = entries[message] {
            entries[message] = (e.count + 1, e.first, e.example)
        } else {
            entries[message] = (1, row, example)
            order.append(message)
        }
    }

    /// One line per kind of warning: "12 × message (first at row 57: example)".
    var lines: [String] {
        order.map { m in
            let e = entries[m]!
            return "\(e.count) × \(m) (first at row \(e.first)\(e.example.isEmpty ? "" : ": \(e.example)"))"
        }
    }
}
