import AnsimLinks

/// One data row of an export, checked: the link it states and its natural key.
public struct LinkCSVRow: Sendable, Equatable {
    public var source: String
    public var target: String
    public var kind: LinkKind
    public var at: Int64
    public var amount: Int64
    public var duration: Int?
    public var role: String?
    /// The natural key in the export (its record id, or the defining fields).
    public var key: String

    /// Checks `field(name)` values of one row of `export`; returns the row, or why it
    /// cannot be loaded.
    public static func parse(_ export: LinkExportKind, _ field: (String) -> String) -> Result<LinkCSVRow, RowProblem> {
        let (a, b, t): (String, String, String)
        switch export {
        case .cdr: (a, b, t) = ("caller", "callee", "start")
        case .transfers: (a, b, t) = ("from_account", "to_account", "time")
        case .casePersons: (a, b, t) = ("person_ref", "case_ref", "time")
        }
        let source = field(a)
        let target = field(b)
        for (name, ref) in [(a, source), (b, target)] {
            if ref.isEmpty { return .failure(RowProblem("missing \(name)")) }
            if !LinkExportKind.isRef(ref) { return .failure(RowProblem("bad \(name) \"\(ref.prefix(80))\"")) }
        }
        if source == target { return .failure(RowProblem("\(a) and \(b) are the same")) }
        let timeText = field(t)
        guard let at = LinkTime.parse(timeText) else {
            return .failure(RowProblem(timeText.isEmpty ? "missing \(t)" : "bad \(t) \"\(timeText.prefix(40))\""))
        }
        var row = LinkCSVRow(source: source, target: target, kind: .called, at: at, amount: 0, key: "")
        switch export {
        case .cdr:
            let d = field("duration_s")
            if !d.isEmpty {
                guard let v = Int(d), v >= 0 else { return .failure(RowProblem("bad duration_s \"\(d.prefix(20))\"")) }
                row.duration = v
            }
            let id = field("record_id")
            row.key = id.isEmpty ? "\(source)|\(target)|\(at)" : "id:" + id
        case .transfers:
            let text = field("amount_krw")
            let digits = text.replacingOccurrences(of: ",", with: "")
            guard let v = Int64(digits), v > 0 else {
                return .failure(RowProblem(text.isEmpty ? "missing amount_krw" : "bad amount_krw \"\(text.prefix(30))\""))
            }
            row.kind = .transferred
            row.amount = v
            let id = field("transaction_id")
            row.key = id.isEmpty ? "\(source)|\(target)|\(at)|\(v)" : "id:" + id
        case .casePersons:
            let role = field("role").lowercased()
            guard let kind = LinkExportKind.linkKind(role: role) else {
                return .failure(RowProblem(role.isEmpty ? "missing role" : "role \"\(role.prefix(30))\" is not linked"))
            }
            row.kind = kind
            row.role = role
            row.key = "\(target)|\(source)|\(role)"
        }
        return .success(row)
    }
}

/// Why a row was quarantined.
public struct RowProblem: Error, Sendable, Equatable {
    public var reason: String
    public init(_ reason: String) { self.reason = reason }
}
