import AnsimServer
import AnsimStore
import Foundation

extension HotlineStore {
    /// Case `id` with its personal data decrypted, or nil when it is not visible.
    /// The read is audited (who, when, from where, which victim, why).
    public func show(_ id: Int64, purpose: String, on c: Connection) throws -> CaseView? {
        let rows = try c.preparedQuery(
            """
            SELECT id, case_no, police_case_no, status, risk_level, city_org_id, police_org_id, assigned_worker,
                   assigned_liaison, victim_ref, victim_name_enc, victim_contact_enc, victim_address_enc,
                   offender_ref, offender_name_enc, offender_tag, closed_at, monitor_until::text, synthetic
            FROM hotline_case WHERE id = $1
            """, [id], purpose: "read case \(id)")
        guard let r = rows.first else { return nil }
        let victim = try r.decode(String.self, at: 9)
        let offender = try r.decode(String.self, at: 13)
        var view = CaseView(
            id: id, caseNo: try r.decode(String.self, at: 1), policeCaseNo: try r.decode(String?.self, at: 2),
            status: try r.decode(String.self, at: 3), riskLevel: try r.decode(String.self, at: 4),
            cityOrgID: try r.decode(Int64.self, at: 5), policeOrgID: try r.decode(Int64?.self, at: 6),
            assignedWorker: try r.decode(String?.self, at: 7),
            assignedLiaison: try r.decode(String?.self, at: 8),
            victimRef: victim,
            victimName: try open(try r.decode(Data?.self, at: 10), "victim_name", victim) ?? "",
            victimContact: try open(try r.decode(Data?.self, at: 11), "victim_contact", victim),
            victimAddress: try open(try r.decode(Data?.self, at: 12), "victim_address", victim),
            offenderRef: offender,
            offenderName: try open(try r.decode(Data?.self, at: 14), "offender_name", offender),
            offenderTag: try r.decode(String?.self, at: 15), closedAt: try r.decode(Date?.self, at: 16),
            monitorUntil: try r.decode(String?.self, at: 17), synthetic: try r.decode(Bool.self, at: 18))
        view.orders = try c.preparedQuery(
            "SELECT id, kind, starts_on::text, ends_on::text, radius_m FROM hotline_order WHERE case_id = $1 ORDER BY id",
            [id], purpose: "read orders"
        ).map {
            CaseView.OrderView(
                id: try $0.decode(Int64.self, at: 0), kind: try $0.decode(String.self, at: 1),
                startsOn: try $0.decode(String.self, at: 2), endsOn: try $0.decode(String.self, at: 3),
                radiusM: try $0.decode(Double.self, at: 4))
        }
        view.places = try c.preparedQuery(
            "SELECT id, kind, ST_X(geom), ST_Y(geom), extent_m, address_enc FROM hotline_place WHERE case_id = $1 ORDER BY id",
            [id], purpose: "read places"
        ).map {
            CaseView.PlaceView(
                id: try $0.decode(Int64.self, at: 0), kind: try $0.decode(String.self, at: 1),
                x: try $0.decode(Double.self, at: 2), y: try $0.decode(Double.self, at: 3),
                extentM: try $0.decode(Double.self, at: 4),
                address: try open(try $0.decode(Data?.self, at: 5), "place_address", victim))
        }
        view.riskHistory = try c.preparedQuery(
            "SELECT from_level, to_level, reason, actor FROM hotline_risk_change WHERE case_id = $1 ORDER BY id",
            [id], purpose: "read the risk history"
        ).map {
            CaseView.RiskChange(
                from: try $0.decode(String?.self, at: 0), to: try $0.decode(String.self, at: 1),
                reason: try $0.decode(String.self, at: 2), actor: try $0.decode(String.self, at: 3))
        }
        view.relocationKRW = try c.preparedQuery(
            "SELECT coalesce(sum(amount_krw), 0)::bigint FROM hotline_support WHERE victim_ref = $1 AND programme = 'relocation'",
            [victim], purpose: "sum relocation support"
        )[0].decode(Int64.self, at: 0)
        try Self.audit(c, action: "read case \(id)", subject: victim, purpose: purpose)
        return view
    }
}
