import AnsimLinks

/// The three CSV exports the link loader reads, and their column contracts (header
/// names, case-insensitive, any order; other columns are ignored). Each data row
/// becomes one link; the references are pseudonymous (pseudonymised before export).
///
/// | export | columns (required; *optional*) | link |
/// | --- | --- | --- |
/// | `cdr` call-detail records | caller, callee, start; *duration_s*, *record_id* | caller phone `called` callee phone |
/// | `transfers` | from_account, to_account, time, amount_krw; *transaction_id* | from account `transferred` to account |
/// | `case_persons` | case_ref, person_ref, role, time | person `victim_of` case (role victim) or person `co_offender` case (suspect, offender, co_offender, accomplice) |
public enum LinkExportKind: String, CaseIterable, Sendable, Codable {
    case cdr
    case transfers
    case casePersons = "case_persons"

    /// Required header names.
    public var required: [String] {
        switch self {
        case .cdr: ["caller", "callee", "start"]
        case .transfers: ["from_account", "to_account", "time", "amount_krw"]
        case .casePersons: ["case_ref", "person_ref", "role", "time"]
        }
    }

    /// Optional header names.
    public var optional: [String] {
        switch self {
        case .cdr: ["duration_s", "record_id"]
        case .transfers: ["transaction_id"]
        case .casePersons: []
        }
    }

    /// The kinds of the source and target entities.
    public var ends: (EntityKind, EntityKind) {
        switch self {
        case .cdr: (.phone, .phone)
        case .transfers: (.account, .account)
        case .casePersons: (.person, .crimeCase)
        }
    }

    /// The link kind of a case–person role, or nil for a role that is not linked.
    public static func linkKind(role: String) -> LinkKind? {
        switch role.lowercased() {
        case "victim": .victimOf
        case "suspect", "offender", "co_offender", "accomplice": .coOffender
        default: nil
        }
    }

    /// Whether `ref` is a well-formed reference: 1 to 64 letters (any script, so case
    /// numbers like `2024-형-0042` pass) or digits, also `.`, `_`, `:`, `+`, `-` after the first.
    public static func isRef(_ ref: String) -> Bool {
        guard (1...64).contains(ref.count), let first = ref.first, first.isLetter || first.isNumber else { return false }
        return ref.allSatisfy { $0.isLetter || $0.isNumber || "._:+-".contains($0) }
    }
}
