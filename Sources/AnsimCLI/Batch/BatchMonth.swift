import ArgumentParser

/// A calendar month, YYYY-MM: the time unit of the batch store's partitions.
struct BatchMonth: Comparable, Hashable, CustomStringConvertible, ExpressibleByArgument, Sendable {
    let year: Int
    let month: Int

    /// Parses exactly `YYYY-MM` (month 01–12).
    init?(argument: String) {
        let parts = argument.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
            let y = Int(parts[0]), let m = Int(parts[1]), (1...12).contains(m), y >= 1900
        else { return nil }
        (year, month) = (y, m)
    }

    /// `YYYY-MM`.
    var description: String {
        let m = month < 10 ? "0\(month)" : "\(month)"
        return "\(year)-\(m)"
    }

    /// The first day, `YYYY-MM-01`, as PostgreSQL reads a date.
    var firstDay: String { "\(description)-01" }

    static func < (a: BatchMonth, b: BatchMonth) -> Bool {
        (a.year, a.month) < (b.year, b.month)
    }

    static var defaultValueDescription: String { "YYYY-MM" }
}
