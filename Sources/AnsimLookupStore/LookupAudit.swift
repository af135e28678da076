import AnsimLookup
import AnsimStore

/// The audit record of a lookup: who (the session's actor), when, the incident (the
/// record's subject: `incident:<number>`, or `scene` without one), and the persons
/// returned (their pseudonymous references, in the action text), appended to the hash
/// chain with `ansim_audit_append` as the caller's database role.
public enum LookupAudit {
    /// Appends the record on `c` (inside the caller's transaction); returns its sequence number.
    @discardableResult
    public static func record(
        _ result: LookupResult, query: LookupQuery, incident: String?, role: String, purpose: String,
        on c: Connection
    ) throws -> Int64 {
        try append(
            action: action(result, query: query), subject: subject(incident: incident), purpose: purpose, role: role,
            on: c)
    }

    /// The action text: the query and the persons returned.
    public static func action(_ result: LookupResult, query: LookupQuery) -> String {
        let refs = result.personRefs
        return "lookup code \(query.code) \(query.incidentClass) at "
            + "(\(Int(query.x)), \(Int(query.y))) \(ISOTime.format(query.time)): "
            + "\(result.monitoredPersons.count) wearers, \(result.registeredOffenders.count) offenders; returned: "
            + (refs.isEmpty ? "none" : refs.joined(separator: ","))
    }

    /// The subject: `incident:<number>`, or `scene`.
    public static func subject(incident: String?) -> String {
        incident.map { "incident:" + $0 } ?? "scene"
    }

    /// Appends one record with `ansim_audit_append` on `c`; returns its sequence number.
    @discardableResult
    public static func append(action: String, subject: String, purpose: String, role: String, on c: Connection)
        throws -> Int64
    {
        try c.query(
            "SELECT ansim_audit_append($1, $2, $3, $4)", [action, subject, purpose, role],
            purpose: "audit the lookup"
        )[0].decode(Int64.self, at: 0)
    }
}
