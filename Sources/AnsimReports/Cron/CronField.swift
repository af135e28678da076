import AnsimSupport

/// One field of a cron expression: the set of values it allows, as a bit mask.
///
/// Syntax as in Vixie cron (crontab(5)): `*`, `N`, `N-M`, any of those with `/STEP`, and
/// comma-separated lists of them; month and day-of-week fields also take three-letter
/// English names (`JAN`, `MON`), case-insensitive. In the day-of-week field 7 is Sunday too.
public struct CronField: Sendable, Hashable {
    /// Bit `v` is set when value `v` is allowed.
    public let mask: UInt64
    /// Whether the field's text starts with `*` (Vixie's DOM_STAR/DOW_STAR, which decides
    /// whether day-of-month and day-of-week combine with AND or OR).
    public let star: Bool

    /// Parses `text` for values `range`, with optional `names` (index 0 is `range.lowerBound`).
    public init(_ text: String, range: ClosedRange<Int>, names: [String] = [], field: String) throws {
        var mask: UInt64 = 0
        let upper = field == "day of week" ? 7 : range.upperBound
        for item in text.split(separator: ",", omittingEmptySubsequences: false) {
            let stepParts = item.split(separator: "/", omittingEmptySubsequences: false)
            guard stepParts.count <= 2, let base = stepParts.first, !base.isEmpty else {
                throw AnsimError("cron \(field) \"\(text)\": cannot read \"\(item)\"")
            }
            var step = 1
            if stepParts.count == 2 {
                guard let s = Int(stepParts[1]), s >= 1 else {
                    throw AnsimError(
                        "cron \(field) \"\(text)\": the step in \"\(item)\" must be a positive number")
                }
                step = s
            }
            var low = range.lowerBound
            var high = range.upperBound
            if base != "*" {
                let bounds = base.split(separator: "-", omittingEmptySubsequences: false)
                guard bounds.count <= 2 else {
                    throw AnsimError("cron \(field) \"\(text)\": cannot read \"\(item)\"")
                }
                low = try Self.value(
                    String(bounds[0]), range: range.lowerBound...upper, names: names, field: field)
                high =
                    bounds.count == 2
                    ? try Self.value(
                        String(bounds[1]), range: range.lowerBound...upper, names: names, field: field)
                    : (stepParts.count == 2 ? upper : low)
                guard low <= high else {
                    throw AnsimError("cron \(field) \"\(text)\": the range \"\(base)\" runs backwards")
                }
            }
            for v in stride(from: low, through: high, by: step) {
                mask |= 1 << UInt64(field == "day of week" && v == 7 ? 0 : v)
            }
        }
        self.mask = mask
        star = text.hasPrefix("*")
    }

    static func value(_ text: String, range: ClosedRange<Int>, names: [String], field: String) throws -> Int {
        if let n = Int(text), range.contains(n) { return n }
        if let i = names.firstIndex(where: { $0.caseInsensitiveCompare(text) == .orderedSame }) {
            return range.lowerBound + i
        }
        throw AnsimError(
            "cron \(field): \"\(text)\" is not a value from \(range.lowerBound) to \(range.upperBound)"
                + (names.isEmpty ? "" : " or a name (\(names.joined(separator: ", ")))"))
    }

    /// Whether `value` is allowed.
    public func contains(_ value: Int) -> Bool { mask & (1 << UInt64(value)) != 0 }

    /// The allowed values in ascending order.
    public var values: [Int] { (0..<64).filter { contains($0) } }
}
