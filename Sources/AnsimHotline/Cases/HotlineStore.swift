import AnsimServer
import AnsimStore
import AnsimSupport
import Foundation

/// The hotline's database operations. Each runs on a connection already inside a
/// request's scope (``APIDatabase``), so row-level security decides what exists:
/// a case of another organisation is simply not found.
public struct HotlineStore: Sendable {
    /// Field encryption for names, contacts and addresses.
    public let cipher: FieldCipher

    /// A store encrypting with `cipher`.
    public init(cipher: FieldCipher) { self.cipher = cipher }

    /// The associated data of an encrypted field: its column and its data subject.
    public static func context(_ column: String, _ subject: String) -> String { column + ":" + subject }

    /// A random pseudonymous reference (`V-1A2B3C4D`, `O-…`).
    public static func newRef(_ prefix: String) -> String {
        prefix + "-" + String(format: "%08X", UInt32.random(in: 0...UInt32.max))
    }

    func seal(_ value: String?, _ column: String, _ subject: String) throws -> Data? {
        try value.map { Data(try cipher.seal($0, context: Self.context(column, subject))) }
    }

    func open(_ value: Data?, _ column: String, _ subject: String) throws -> String? {
        try value.map { try cipher.open([UInt8]($0), context: Self.context(column, subject)) }
    }

    /// Appends an audit record for a read or change the triggers do not see.
    public static func audit(_ c: Connection, action: String, subject: String?, purpose: String) throws {
        try c.query(
            "SELECT ansim_audit_append($1, $2, $3, current_user)", [action, subject, purpose],
            purpose: "audit")
    }

    /// Opens a case; returns its id.
    public func openCase(_ r: HotlineRequest.OpenCase, on c: Connection) throws -> Int64 {
        let victim = r.victimRef ?? Self.newRef("V")
        let offender = Self.newRef("O")
        let level = r.riskLevel ?? "medium"
        try c.query(
            "SELECT set_config('ansim.reason', $1, true)", [r.reason ?? "initial assessment"],
            purpose: "set the reason")
        let rows = try c.query(
            """
            INSERT INTO hotline_case (city_org_id, police_org_id, police_case_no, risk_level, victim_ref,
                victim_name_enc, victim_contact_enc, victim_address_enc, offender_ref, offender_name_enc,
                offender_tag, synthetic)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id
            """,
            [
                r.cityOrgID, r.policeOrgID, r.policeCaseNo, level, victim,
                try seal(r.victimName, "victim_name", victim),
                try seal(r.victimContact, "victim_contact", victim),
                try seal(r.victimAddress, "victim_address", victim), offender,
                try seal(r.offenderName, "offender_name", offender), r.offenderTag, r.synthetic ?? false,
            ], purpose: "open a case")
        return try rows[0].decode(Int64.self, at: 0)
    }

    /// Assigns a case (supervisors); false when the case is not visible.
    public func assign(_ id: Int64, _ r: HotlineRequest.Assign, on c: Connection) throws -> Bool {
        try c.execute(
            """
            UPDATE hotline_case SET city_org_id = coalesce($2, city_org_id), police_org_id = coalesce($3, police_org_id),
                assigned_worker = coalesce($4, assigned_worker), assigned_liaison = coalesce($5, assigned_liaison)
            WHERE id = $1
            """, [id, r.cityOrgID, r.policeOrgID, r.worker, r.liaison], purpose: "assign case \(id)") == 1
    }

    /// Closes a case, keeping it under recurrence monitoring for `monitorMonths`.
    public func close(_ id: Int64, monitorMonths: Int, now: Date, on c: Connection) throws -> Bool {
        guard (0...36).contains(monitorMonths) else { throw AnsimError("monitor_months must be 0…36") }
        return try c.execute(
            """
            UPDATE hotline_case SET status = CASE WHEN $2 > 0 THEN 'monitoring' ELSE 'closed' END, closed_at = $3,
                monitor_until = CASE WHEN $2 > 0 THEN ($3::timestamptz + make_interval(months => $2))::date END
            WHERE id = $1 AND status <> 'closed'
            """, [id, monitorMonths, now], purpose: "close case \(id)") == 1
    }

    /// Changes the risk level with a reason (recorded by the database's trigger).
    public func setRisk(_ id: Int64, _ r: HotlineRequest.Risk, on c: Connection) throws -> Bool {
        guard !r.reason.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw AnsimError("a risk level change needs a reason")
        }
        try c.query("SELECT set_config('ansim.reason', $1, true)", [r.reason], purpose: "set the reason")
        return try c.execute(
            "UPDATE hotline_case SET risk_level = $2 WHERE id = $1", [id, r.level],
            purpose: "change the risk of case \(id)")
            == 1
    }
}
